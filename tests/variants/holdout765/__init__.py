"""The 765th held-out set: 18 invented returns of a city justice bureau (澄渊市司法局), written
blind to measure ``goalbook check`` out of sample. Aim: checks across the table (goal text
against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost ×
count against money, parts against totals, leftovers).

Theme: the public legal-service (公共法律服务) hotline (``hotline``, kcu01–kcu06), the notary
fee-waiver (公证费减免) programme (``notary``, kcu07–kcu12) and the law-popularisation (普法)
campaign in schools with the bureau's department table (``schools``, kcu13–kcu18). Budget year
2026; money in 万元, mostly as number cells with the unit in the format (``0.00"万元"``).

Layouts: project heads with one-year and multi-year money blocks; department heads with budget
and key tasks; tier-1 and tier-2 merged down; numbered labels with points (kcu13), abbreviated
labels (kcu14); operator column in symbols (kcu02) or words (kcu07) with a unit column; flat lists
(kcu06, kcu15); 中期 and 年度 columns (kcu03, kcu04, kcu12) and a two-row header (kcu16);
stacked projects (kcu09, kcu10, kcu17); a budget-system export with codes in the first columns
and the table on a second sheet (kcu11); a header repeated after a page break (kcu05); 注 / 说明
rows, a weight total row, a points total row and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kcu02-hotline-calls: D104 ≤warning row Sheet1 热线接听来电量 (goal 5万人次, indicator 40000);
  F201 ≤warning row 法律解答准确率 under 时效指标; B107 ≤warning row 单次咨询平均成本
  (45元/人次 × 40000 = 180万 > 150万).
* kcu04-hotline-duty-lawyers: D201 ≤error at the annual 值班律师培训人次 (≥400 > period ≥360;
  alt D104: the 年度目标 says 120); D202 ≤warning at the annual 案例知识库条目数 (copied ≥3000条);
  Y103 ≤warning alt Y101 at the 年度目标 cell (2025 in a 2026–2028 project).
* kcu06-legal-centre-flat: Y102 ≤error alt Y101 at 热线系统升级完成时间 (date cell 2025-10-31);
  D103 ≤warning row alt D101/D102 at 工单按时回访率 (90%) against 热线工单按时回访率 (95%; the
  first row tolerates the same finding).
* kcu08-notary-waiver-grants: B101 ≤error at 年度资金总额 (120 ≠ 100 + 30); Y102 ≤error alt
  Y101/Y103 at 补助资金拨付完成时间 (2025年12月31日前); B107 ≤warning row 减免补助标准
  (500元/件 × 3000件 = 150万 > the money).
* kcu10-notary-archive-elderly: second project: B101 ≤error at its 年度资金总额 (45 ≠ 40 + 10);
  D104 ≤warning row 上门办理公证件数 (goal 500件, indicator ≥300件).
* kcu12-notary-villages: Y101 ≤error row alt Y102 on the 项目期 row (2年 but 计划完成日期
  2028-12-31); B103 ≤error at 年度资金总额 (180 > 中期 160; the annual 财政拨款 tolerates an
  error); D204 ≤warning at the 年度目标 cell (copied from 中期目标).
* kcu14-school-lectures: D104 ≤warning row 法治讲座场次 (goal 96场, indicator ≥80场); F201
  ≤warning row 覆盖中小学校数 under 质量; D103 ≤warning row alt D101 at 覆盖学生人次数 under
  社会效益 (the same as 覆盖学生人次 under 数量, which tolerates the finding).
* kcu17-school-stacked: D104 ≤warning row 配备资源包学校数 (goal 32所, indicator ≥30所); X101
  ≤error row at the template example row (示例：XX活动场次 │ ≥**场); B107 ≤warning row
  竞赛奖励标准 in the second project (2000元/队 × 250队 = 50万 > 40万).
* kcu18-bureau-dept: B102 ≤error alt B101 at 金额合计 (tasks 520, 合计 540, 项目支出 520); Y103
  ≤warning alt Y101 at the 年度总体目标 cell (2025 in a 2026 table).

24 required marks, 22 of them found only by comparing one part of the return with another.

Legitimate look-alikes in the correct returns: the goal's count with its part in brackets
(kcu01 6万人次 其中 1.2万; kcu07 2000件 其中 600件, also an indicator “其中：…”); a later year the
work prepares for (kcu01 为2027年…, kcu13 为2027年…); 下降率 with ≥ (kcu01, kcu13, kcu15);
0起 / ≤0 on incident counts (kcu13, kcu15); ≥5百分点 (kcu13); points given for the tier-1 and
for each indicator, both adding to 100, with a 合计 row (kcu13); typed percent cells (kcu01,
kcu06, kcu07, kcu15), 0.5% with ``0.0%`` and ``=100%`` kept as text (kcu07); = on a count of
offices (kcu07); period counts above smaller annual ones, rates equal in both columns (kcu03,
kcu16); the same 服务对象满意度 with different values in two stacked projects (kcu09); a
footnote explaining that 金额合计 covers 项目支出 only (kcu05); fill and signature dates in
2025 (kcu01, kcu05, kcu15); every unit cost × count within its money (kcu01 144 ≤ 180, kcu07
80 ≤ 96, kcu09 72 ≤ 80 and 30 ≤ 36, kcu10 48 ≤ 58, kcu11 36 ≤ 68, kcu13 18 ≤ 24, kcu16 240 ≤
300 and 160 ≤ 180, kcu05 108 ≤ 110).

Judgements where a reviewer could hesitate: a date or year from the previous season is an
error when it is a deadline (Y102, kcu06, kcu08) but only a warning in goal text (Y103, kcu04,
kcu18); near-duplicates with different values are warnings (D103), not errors, since the names
differ; a goal count above the indicator's is a warning (D104): the text may count otherwise;
B107 is a warning, as the catalogue has it; a template example row with ``**`` is an error
(X101); the end date beyond a two-year period is an error on the row (the 项目期 and the date
cannot both hold). The ``2028年12月31日前全部建成`` of kcu03 lies within its period; 2027 dates in
kcu16's 中期 column lie within its two-year period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout765 import hotline, notary, schools
from tests.variants.holdout765.registry import HOLDOUT765
from tests.variants.kit import Variant

MODULES = (hotline, notary, schools)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT765, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 765th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
