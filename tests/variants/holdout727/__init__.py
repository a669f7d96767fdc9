"""The 727th held-out set: 18 invented returns written blind, with a careful reviewer's marks.

Theme: a middle-school laboratory upgrade (槐泽县, ``lab.py``), a science-teacher training
programme (琅峰市教师发展学院, ``training.py``), and a student science fair and robotics
competition (苇塘区青少年科技活动中心, ``fair.py``). Aim: checks across the table (goal text
against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count
against money, parts against totals).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget and key tasks; an operator column with a unit column (kbi01); one
value column; 中期/年度 columns (kbi03, kbi04, kbi11, kbi18); a budget-system export with codes
in the first columns and the table on sheet 05-2 (kbi06); numbered labels with points and a
score column (kbi07); a flat list (kbi09); abbreviated and starred labels (kbi10); a header row
repeated after a page break (kbi11); two stacked projects (kbi12); the table on a second sheet
under 预期实现值 (kbi13); a two-row header with 考核指标 / 目标值（年度） / 评价标准 (kbi15);
detail lines under the table (kbi16); header 绩效目标值 (kbi17); notes, 填表说明, signature and
date lines.

Planted mistakes (code, highest accepted severity, place):

* kbi02-lab-goal-against-indicators: D104 ≤warning row 改造实验室间数 (goal 8间, indicator
  ≥6间); Y102 ≤error at 实验室投入使用时间 ``2025年9月1日前`` (alt Y103, D104); B107 ≤warning
  row 学生实验台采购单价 (0.6 × 240 = 144 > 100).
* kbi04-lab-three-year-wrong: Y103 ≤warning at the 年度目标 cell naming 2025 (alt Y101); D201
  ≤error at the 年度 cell of 数字化传感器配置套数 (300 > 270); D202 ≤warning at the 年度 cell of
  实验员培训人数 (27 copied; alt D104, the goal says 9人).
* kbi06-lab-system-export: D102 ≤error row 实验室通风系统改造间数 repeated under 质量 with ≥5间
  against ≥4间 (alt D101, D103); F201 ≤warning row 通风橱验收合格率 under 时效.
* kbi08-train-goal-counts: D104 ≤warning row 培训教师人数 (240 against 300); D104 ≤warning row
  人均集中培训学时 (24 against 40); B107 ≤warning row 人均培训成本 (0.3 × 240 = 72 > 60).
* kbi10-train-tier-wrong: F201 ≤warning row 送培场次 under 质量; F201 ≤warning row 参训教师满意度
  under 社会效益; T108 ≤warning row 参训教师缺勤率 ``≥3%``.
* kbi12-train-stacked: B101 ≤error at the second project's 中期资金总额 and 年度资金总额 (45 ≠
  30 + 10); D104 ≤warning row 培训完成时间 (goal 8月底前, indicator 11月30日前).
* kbi14-fair-robot-dates: Y104 ≤error at 计划完成日期 2025-12-31 (alt Y101, Y102); D104
  ≤warning row 参赛学生人数 (200 against 240); Y102 ≤error at 决赛举办时间 ``2025年5月31日前``
  (alt Y103, D104).
* kbi16-fair-duplicates: F201 ≤warning row 作品评审及时率 under 数量; D103 ≤warning row
  学生科技创新作品征集数量 under 质量 (alt D101, D102); B102 ≤error at the detail 合计 (12 + 8 +
  6 = 26 ≠ 28; alt B101).
* kbi18-fair-league-three-year: D204 ≤warning at the 年度目标 cell (copied from 中期); D202
  ≤warning at the 年度 cell of 举办联赛场次.

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 typed as a percent cell,
``≤0起`` / ``≤0次`` on incident counts, 为2027年全县推广积累经验 in a 2026 one-year goal (kbi01);
period counts above the year's and unit costs × counts equal to the money (kbi03, kbi07, kbi12
first project); goal counts with parts in brackets (kbi03, kbi05, kbi11, kbi15, kbi17); a
footnote explaining 金额合计 (kbi05, kbi17); tier points and indicator points both adding to 100
and a 合计 row (kbi07); ``≥5百分点`` (kbi07, kbi11); a 下降率 with ≥ and a 缺勤率 with ≤ in a flat
list (kbi09); fill and signature dates in the year before the budget year.

Judgements: goal-against-indicator contradictions are warnings (the indicator may cover part
of the goal), dates and end dates outside the year are errors. An identical indicator name
with two values is an error (D102); names differing by a word are a warning (D103). In kbi12
both totals of the second project are marked, one-year money repeated in both columns. In kbi18
the annual cost row is tolerated up to a warning: 9 copied matches × 8万元 exceed the year's
30万元 only because of the D202 copy. Leftovers from other projects (C13) are not planted: no
catalogue or proposed code names them.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout727 import fair, lab, training
from tests.variants.holdout727.registry import HOLDOUT727
from tests.variants.kit import Variant

MODULES = (lab, training, fair)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT727, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 727th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
