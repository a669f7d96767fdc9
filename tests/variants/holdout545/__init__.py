"""The 545th held-out set: 18 invented returns of palm-fibre rain cape and bamboo charcoal
(蓑衣、竹炭) craft cooperatives in the invented 筠岙县 (棕坪乡, 箬塘镇, 炭岙乡, 棕岭村, 篁湾),
budget year 2025, with a careful reviewer's marks.

Modules: ``capes`` (ci01–ci06, 棕编蓑衣 projects), ``charcoal`` (ci07–ci12, 竹炭 projects),
``coop`` (ci13–ci18, cooperative unions handling both: department forms, flat lists, a
second-sheet table). ``common`` holds the shared helpers, ``registry`` the set's registry.

Layouts: project heads with 万元 in the number format (ci01, ci02, ci03–ci10, ci12, ci18);
operator column headed 指标性质 with a unit column (ci01, ci02); numbered tier labels with
points (ci03); labels with * and ★ core indicators (ci04); abbreviated tiers, two projects
stacked (ci05, ci06); three-year projects with 中期 and 年度 columns under 绩效目标值 (ci07,
ci08); detail lines below the table (ci09); an instruction row inside the table, 注 and
填表说明 rows, signature lines (ci10); a budget-system export with 05-1 / 05-2 sheets, project
codes in the first columns and the header on row 3 (ci11); tier-1 score and indicator score
columns with a 合计 row (ci12); department heads with flat lists 指标名称 · 权重 · 计量单位 ·
指标性质 (in words) · 指标值 (ci13, ci14); department money with shares and key tasks (ci15,
ci16); header 预期目标 (ci17); head on 项目信息, table on 绩效指标 under 考核指标 / 预期实现值
with the header repeated after a page break (ci18).

Planted mistakes (21 required marks on 9 returns):

* ci02: B105 Sheet1!E6 ≤error (其他资金 ``200,000.00元`` in the 万元 block; B101 file ≤error
  tolerated, not required); T106 Sheet1!E11 ≤error (合格率 typed 105%); T108 Sheet1!D12
  ≤warning, row (≥ on 棕片霉变率).
* ci04: F110 Sheet1!C11 ≤error (a value under an empty name); F105 Sheet1!B14 ≤error
  (*时效指标 under *效益指标).
* ci06: B101 Sheet1!C20 ≤error (second project: 50 ≠ 30 + 15); T105 Sheet1!D25 ≤error
  (外销订单履约率 ``3000件``).
* ci08: D204 Sheet1!D9 ≤warning (年度目标 = 中期目标); D202 Sheet1!E11 and Sheet1!E12
  ≤warning (生产线 4条 and 培训 900人次 copied from the three-year column).
* ci09: X105 Sheet1!C17 ≤warning alt X103 (``42.5 6``); X106 Sheet1!C18 ≤error alt B108
  (``28万28万``); read as 42.56 and 28 the lines add up to 90.56.
* ci11: T108 部门项目支出绩效目标05-2!F5, F7, F8 ≤warning, row (≤85% on 炭化成品率,
  ``=4.5万元/台`` on a cost cap, ≥2% on 窑烟投诉率).
* ci14: W101 file ≤error (weights 95); T112 Sheet1!E8 ≤error (``320户`` under unit 万元).
* ci16: B101 Sheet1!B4 ≤error (基本 60 + 项目 110 ≠ 180); B102 Sheet1!D9 ≤error (tasks
  40 + 35 + 30 ≠ 金额合计 110).
* ci17: F110 Sheet1!C9 ≤error (a name cell holding only ``　``); F109 Sheet1!B13 ≤warning,
  row (生态效益指标 left from the template).

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column and ``=`` 100% on a 通过率 at the ceiling (ci01); ``=100%`` text on a 合格率 (ci03);
date cells and ``…前`` deadlines inside 2025 and a ``2027年…前`` in the three-year column
(ci01, ci07); the same 满意度 name with 90% and 95% in two stacked projects (ci05); rates
equal in 中期 and 年度 while counts are lower in the year (ci07); a prior-year fill date and a
注 explaining that the total includes 5万元 自筹 (ci10); ``≥3百分点`` on a rate change, ``≥5%``
on a 下降率, ``≤0起`` on an accident count, 100 both at tier-1 and at indicator level (ci12);
小于等于 on a 霉损率 in words (ci13); a unit cost × count equal to its task money (150元 × 4000件
= 60万元, ci15; 1.5万元 × 8期 = 12万元, ci05); shares rounded to two decimals adding to 100%
(ci15); a repeated header row (ci18).

Judgements: ``=100%`` at the ceiling is not T107 (domain §4.2 rule 6); ``≤0起`` is a zero
incident target, not T115; in ci02 the 元 cell is the defect, so the B101 it causes is
tolerated only; in ci11 the ``=`` on a cost cap is marked T108 (§4.2 rule 7) at warning, not
T107 (which is about rates); in ci17 the full-width space counts as an empty name (F110,
never quoted); ci08's equal rates and cost caps across the columns are left unmarked (rates
and unit costs may be equal), only the cumulative counts are marked; ci14's W101 sits on the
whole return because the weights' sum has no cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout545 import capes, charcoal, coop
from tests.variants.holdout545.registry import HOLDOUT545
from tests.variants.kit import Variant

MODULES = (capes, charcoal, coop)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT545, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 545th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
