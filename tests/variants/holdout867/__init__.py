"""The 867th held-out set: school safety (campus security guards and anti-bullying education;
school bus supervision). 18 invented returns, 9 correct, 25 required marks.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns) and department
heads with budget and task blocks; numbered, abbreviated and marked (*, ★) tier labels, tier
points in the labels; headers 指标内容/绩效标准, 考核指标/目标值（年度）, 预期目标, 预期实现值;
flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); 指标性质 as direction beside
指标方向 as operator with a unit column; two projects stacked in one sheet; a budget-system
export (05-1, 05-2, codes in the first columns, header on the third row); an indicator
table on a second sheet; notes, 填表说明, subtotal and signature lines; detail lines under
the table.

Planted mistakes (return: code, highest severity, place):

* kgs02: D104 ≤warning at 专职保安员配备人数 (goal 64, indicator 58; alt T110); Y102 ≤error at
  the 2027-03-31 deadline of a 2026 project (alt Y101); B107 ≤warning at 人均补助 4.5万 × 64 =
  288 > 240.
* kgs04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  轮训人次 260 above the period's 240.
* kgs06: D103 ≤warning (row; alt D101, D102, F201) at 护学岗在岗率 under 时效, a near-duplicate
  of the 质量 row; Y103 ≤warning (row; alt Y101, Y102) at a 2025 contract name left over; F201
  ≤warning (row) at a satisfaction rate under 社会效益.
* kgs08: D104 ≤warning (row) lectures 36 against the goal's 48; D103 ≤warning (row; alt D101,
  D102) the 班会覆盖率 twice; W101 ≤error on the whole return (weights add to 95).
* kgs10: Y104 ≤error at 计划完成日期 2025-12-31 before the 2026 start (alt Y101, Y102); F201
  ≤warning (row) a count under 质量 and a quality rate under 时效.
* kgs12: B101 ≤error (row) 资金总额 520 ≠ 基本 200 + 项目 300; B102 ≤error at 金额合计 300 ≠ 280;
  D104 ≤warning at 教师培训 ≥500人次 against the task's and goal's 600.
* kgs14: B101 ≤error (row) at the second project's 年度资金总额 96 ≠ 80 + 10; D104 ≤warning at
  新增校车 ≥16辆 against its goal's 18.
* kgs16: D202 ≤warning at the annual 照管员培训人次 400 copied from 中期; Y102 ≤error (alt Y101) at
  the 2025-09-30 date in a 2026—2027 project; T108 ≤warning (row) at ≥ on a 反向 rate.
* kgs18: F201 ≤warning (row) a unit cost under 数量; B107 ≤warning 1500元 × 60 × 12 = 108万 > 95;
  B102 ≤error at the detail 合计 95 ≠ 12 + 58 + 20.

Look-alikes in the correct returns: typed percents (kgs01, kgs07, kgs11, kgs17), 100% without
operator and =100% at the ceiling; 下降率 with ≥ (kgs01, kgs09, kgs13, kgs15); 0起 on incident
counts (kgs03, kgs05, kgs13, kgs17); =0 起 in a flat list (kgs07); goal counts with their parts
in brackets (kgs01, kgs09, kgs11); 2029 named as the year the work prepares for (kgs03);
period counts beside smaller annual counts and equal rates in both columns (kgs03, kgs15); a
rise in 百分点 and points given at both levels, each adding to 100 (kgs05); unit cost × count
equal to or within its money (kgs01, kgs03, kgs09, kgs11, kgs13, kgs15, kgs17, with a note
explaining the sum in kgs03 and kgs17); the same indicator with different values in two
stacked projects (kgs13); fill dates in 2025 on 2026 returns.

Judgements: the kgs06 row repeats the 质量 rate with one word less under 时效, so D103 is
asked for and D101/D102/F201 accepted, all as warnings (the names differ, the values too). The
flat-list duplicate of kgs08 likewise stays a warning. A deadline in the next year or a date in
the year before is an error (Y102/Y104), since the project period rules it out. B101 on the
department and money rows is a row mark: the finding may fairly land on any cell of the sum.
A cost standard beyond its money stays a warning (B107). kgs09's instruction row inside the
table is not a tier-2 label; its 2025 fill date is no year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout867 import bullying, buses, guards
from tests.variants.holdout867.registry import HOLDOUT867
from tests.variants.kit import Variant

MODULES = (guards, bullying, buses)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT867, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 867th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
