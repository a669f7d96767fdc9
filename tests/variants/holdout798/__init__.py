"""The 798th held-out set: community corrections (社区矫正): electronic monitoring (电子定位监管),
education sessions (教育学习) and volunteer helpers (社会志愿者帮教). 18 invented returns, 9 correct
and 9 with planted mistakes, most of them found only by comparing one part of a return with
another. Invented places and units: 澄岭县, 苇塘区, 鹭港市东汀区, 岷沙县.

Layouts: project heads with 中期/年度 money rows (one-year and multi-year), department heads with
budget and 年度主要任务 blocks, one value column, operator and unit columns (symbols or words),
中期 and 年度 value columns, two projects stacked in a sheet, flat lists, a budget-system export
(05-1 money sheet with project codes, 05-2 indicator sheet with a third-row header), a two-row
header, headers 指标内容 / 绩效标准 / 预期目标, a header repeated after a page break, numbered
tier labels with points, abbreviated and ★ labels, budget detail lines under the table,
注 / 说明 / 填表说明 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* keb01-gps-goal-count: D104 warning, row of 电子定位终端佩戴人数 (goal 320 人, indicator 230 人);
  Y102 error, value of 定位平台升级完成时间 (2027年3月31日前 in a one-year 2026 project);
  B107 warning, row of 定位终端租赁费 (700 元 × 230 = 16.1 万 > 15 万).
* keb02-platform-period: Y103 warning, the 年度目标 cell (2024年底前 in a 2026–2028 project);
  D201 error, 年度 cell of 监管人员培训人数 (80 > 60); D202 warning, 年度 cell of 累计定位监管人次
  (2700 copied from 中期).
* keb06-monitoring-export: F201 warning, row of 监管告警处置及时率 (a 时效 rate under 数量);
  D103 warning (alt D101), row of 定位设备在线率 (the same as 电子定位设备在线率, same value).
* keb07-study-sessions: B101 error, the 年度资金总额 cell (36 ≠ 30 + 4); D104 warning, row of
  集中教育学习期数 (goal 24 期, indicator 12); T105 error, value of 教育学习参学率 (1500 人次).
* keb10-stacked-defects (second project): D103 warning (alt D101), row of 心理健康讲座场次数;
  Y102 error (alt Y103), value 2025年11月30日前; B107 warning, row of 心理咨询师课酬
  (800 × 120 课时 = 9.6 万 > 8 万).
* keb11-old-plan-dates: Y101 error (alt Y102), row of the plan dates (2025 under a 2026 title and
  goal); F201 warning, row of 结业考核合格率 under 时效.
* keb13-volunteer-department: B102 error, the 金额合计 amount (18 + 22 + 15 = 55 ≠ 58); D104
  warning, row of 在册帮教志愿者人数 (goal 200 名, indicator 120); F201 warning, row of
  矫正对象满意度 under 社会效益指标.
* keb14-volunteer-flat: W101 error, book level (weights add to 95); D102 error (alt D101, D103),
  row of the second 志愿者入户走访次数 (≥480 against ≥600).
* keb17-volunteer-subsidy: B107 warning, row of 志愿者交通补贴 (50 × 3000 = 15 万 > 12 万); F201
  warning, row of 志愿者培训人数 under 质量; D104 warning, row of 年度帮教考评完成时间 (12月31日前
  against the goal's 11月30日前).

Goal cells quoted by a D104 carry ``ok`` (a finding there is tolerated up to warning).

Legitimate look-alikes in the correct returns: typed percent cells (keb03, keb04, keb15); 0 起 on
an incident count with ≤ (keb03, keb04); a goal count with its part in brackets (keb03: 180 人,
其中重点对象46人; keb12: 1200 人次 = 线下 720 + 线上 480, with a note); a 下降率 with ≥ (keb04,
keb09); a rate raised in 百分点 (keb09); tier points and indicator points both adding to 100
(keb09); a 2028 rollout the two-year 2026–2027 project prepares for (keb05); period counts in
中期 beside smaller year counts, rates and caps equal in both columns (keb05, keb16); unit cost ×
count within or exactly equal to the money (keb03 38.88 ≤ 46, keb05 19.5 ≤ 20, keb08 2000 × 60 =
12 万, keb12 80 × 1200 = 9.6 万, keb18 40 × 1200 = 4.8 万 line); the same satisfaction name with
different values in two stacked projects (keb08); a goal's new recruits (60) beside the register
total (200) in keb15; signature dates in the year before the budget year (keb03, keb15, keb18);
=100% on a coverage rate at its ceiling (keb08, keb18).

Judgements: keb01's B107 holds with either count (230 from the indicator or 320 from the goal).
keb02's 中期目标 says 60 trainees, so only the 年度 cell is wrong. keb07's B101 is marked at the
total, not at 其他资金 (the 中期 column has 6, so either could be the slip). keb10's 2025 deadline
is outside a one-year project, hence Y102 error, Y103 accepted. keb11's plan dates are marked on
their row (start and end share it). keb17's deadline is a D104 against the goal text, not a
date outside the year. keb16's 建立并执行 / 建立 in the two columns is not a defect (the year
builds the mechanism the period runs).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout798 import education, monitoring, volunteers
from tests.variants.holdout798.registry import HOLDOUT798
from tests.variants.kit import Variant

MODULES = (monitoring, education, volunteers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT798, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 798th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
