"""The 571st held-out set: 18 invented returns on rose and lavender (玫瑰、薰衣草) fields for
tourism and essential oil, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Places, units, people, phone numbers and figures are invented (苒山县, 绛坪镇, 芷澜区,
馥川市…); budget year 2026 throughout, fill and signature dates in late 2025.

Layouts: project heads with one or two money blocks (万元 in the number format), department heads
with budget, share row and key tasks; operator column with unit column (di01, di02); tier labels
numbered, with points, ★, * and abbreviations (di03, di04); tier-1 and indicator score columns
(di05, di06); flat lists in two column orders (di07, di08); header words 绩效目标值, 预期目标,
考核指标 / 目标值（年度） / 评价标准, 实施期目标值 / 年度目标值; notes, subtotals and a repeated
header after a page break (di12); stacked projects (di13, di14); a three-year project with the
table on a second sheet (di15); 中期 and 年度 columns (di15, di16); detail lines with conversion
artefacts (di17); a budget-system export with codes in the first columns and the header on the
third row of sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2 (di18).

Correct returns (nothing required): di01, di03, di05, di07, di09, di12, di13, di15, di18.

Planted mistakes (code, highest accepted severity, place), 23 required marks:

* di02: T106 ≤error Sheet1!E11 (验收合格率 typed 105%); T108 ≤warning Sheet1!D17 row
  (游客安全事故发生率 with ≥).
* di04: T105 ≤error Sheet1!D11 (检测合格率 given as 12批次); F105 ≤error Sheet1!B12
  (社会效益指标 inside the 产出指标 block).
* di06: W103 ≤error Sheet1!B9 (产出 50, indicators 45); W103 ≤error Sheet1!B15 (效益 30,
  indicators 35); T108 ≤warning Sheet1!E16 row (游客投诉率 ≥1%).
* di08: T112 ≤error Sheet1!B8 (12万元 against unit column 公里); T108 ≤warning Sheet1!B12 row
  (反向 投诉率 with ≥2%); W101 ≤error book level (weights 95, header says 合计100).
* di10: B101 ≤error 部门整体!B4 (资金总额 360 ≠ 300 + 50); B102 ≤error alt B101 部门整体!D9
  (tasks 90 + 70 + 50 = 210 ≠ 金额合计 220).
* di11: F110 ≤error Sheet1!C12 (a 时效 value with no name); F109 ≤warning Sheet1!B14 row
  (社会成本指标 left empty); F109 ≤warning Sheet1!B17 row (生态效益指标 left empty).
* di14: T105 ≤error Sheet1!D10 (夜游接待计划完成率 3万人次, first project); B101 ≤error
  Sheet1!C21 (second project's 年度资金总额 66 ≠ 50 + 12).
* di16: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标 word for word); D202 ≤warning Sheet1!E11 and
  Sheet1!E12 (栈道 6公里 and 观花平台 10处 copied into the 年度 column of a two-year project).
* di17: X104 ≤warning Sheet1!D4 (计划开始日期 the text 46082); X105 ≤warning alt X103
  Sheet1!C19 (``28.4 6``); X106 ≤error alt B108 Sheet1!C20 (``15万15万``).

Legitimate look-alikes in the correct returns: percent cells with % also in the unit column and a
small rate 0.03% (得油率, di01); 下降率 with ≥ (di01, di07); 发生率 and 损耗率 with ≤ (di07, di13);
``=100%`` as text (di03, di05, di14, di15, di16, di18) and ``=`` with a typed 100% (di07) at the
ceiling; tier points only in the labels (di03); 100 at both levels with a 合计 row (di05);
``较上年提高≥3百分点`` (di05); a share row and a footnote explaining that 金额合计 is 项目支出
(di09); 单家扶持标准 18万元 × 5 = the 90万元 task exactly (di10, not exceeding); note row,
subtotals, repeated header, 合计, 填表说明 and a 2025 signature date (di12); the same indicator
names with different values in two stacked projects (di13); rates, unit costs and grades equal
in 中期 and 年度 columns (di15, di16); text project codes and a 0 其他资金 (di18).

Judgements where a reviewer could hesitate:

* Flat lists (di07, di08) have no tiers: no tier finding of any kind is expected.
* di06: both levels add to 100, so the tier mismatch is W103 at the two tier cells, not W101.
* di04: F105 is marked at the tier-2 cell only; the indicator under it fits its tier-2, so no
  F201 is asked.
* di08: ``12万元`` under 公里 is a unit conflict (error); it is also an input, not an output, but
  one mark is enough.
* di16: the 时效 date, the 验收合格率, the unit cost and 健全 equal in both columns are not D202
  (not cumulative counts); 停车位 (300 / 150) and 游客 (20 / 8万人次) are proper.
* di17: read as 28.46 and 15 the detail lines add to 80; no B102 is asked. The 46082 serial is a
  warning, not a year error.
* di12: 满意度 carries 20 of 100 points, not the 10号 evaluation split: not a defect.
* Bare operators inside values (≥, ≤, =) and word-free grades (健全, 建立并执行, 持续提升,
  不断壮大) are accepted as written.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout571 import departments, periods, projects
from tests.variants.holdout571.registry import HOLDOUT571
from tests.variants.kit import Variant

MODULES = (projects, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT571, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 571st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
