"""The 587th held-out set: daylily (黄花菜) picking, steaming and drying for smallholders.

Eighteen invented returns, nine correct, written blind from ``shared/domain.md`` and the
variants README; budget year 2025 throughout (a three-year steaming line runs 2025—2027).

Layouts: project heads with one-year and 中期/年度 money blocks; department heads with budget
and 年度主要任务 blocks and flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); two
projects stacked in one sheet (twice); numbered tier labels (一、产出指标 / （一）数量指标);
headers 绩效目标值, 预期实现值, 预期目标, 考核指标 · 目标值（年度）, 中期指标值 · 年度指标值;
operators in words in their own column with a unit column; a table on a second sheet; a
budget-system export with unit and project codes in the first two columns; detail blocks with
合计, 注/说明 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* dy02-picking-goal-count: D104 ≤warning, row of 培训采摘户数 (年度目标 says 300户, indicator
  ≥200户); T105 ≤error at 分级采摘推广率 ``35户``; Y102 ≤error alt Y103 at 分级棚建成时间
  ``2024年5月31日前`` in a 2025 one-year project.
* dy04-stacked-wrong: B101 ≤error at the first project's 年度资金总额 (16 ≠ 12 + 3); F201
  ≤warning, row of 鲜蕾分级达标率 under 数量指标; X101 ≤error at ``≥**元/公斤``.
* dy06-flat-wrong: X102 ≤warning at the ``<p>`` 年度总体目标; D102 ≤error alt D101/D103,
  row of the second 鲜蕾收购量 (1000 against 800 吨).
* dy08-steam-period-wrong: Y103 ≤warning at the 中期目标 naming 2029 (项目期 2025—2027); D201
  ≤error at the annual 新建蒸制灶 ≥36座 (period ≥30座); D202 ≤warning at the annual 蒸制工艺培训
  ≥600人次 copied from the period column.
* dy10-steam-cost-over: X104 ≤warning at the text ``45869`` (a date serial) under 时效; B107
  ≤warning, row of 蒸制房单间造价 (3.5万元 × 8间 = 28 > 20万元); B102 ≤error at the detail
  合计 20 (14.4 + 4.8 = 19.2).
* dy12-points-wrong: W103 ≤error at the 效益指标 tier score (30分 declared, indicators 25);
  T108 ≤warning, row of 蒸制破损率 written with ≥.
* dy14-drying-template-rows: X101 ≤error at the 年度目标 ``20XX年…``; F110 ≤error at the empty
  name cell of a ≥30吨 row; F109 ≤warning, row of the empty 时效指标 template row.
* dy16-drying-near-duplicate: D104 ≤warning alt B101 at the 年度目标 (85万元 against a 80万元
  年度资金总额); D103 ≤warning alt D102/D101, row of 干制品含水率 ≤16% beside 烘干成品含水率
  ≤14%.
* dy18-drying-years-wrong: Y101 ≤error at the title ``2024年度…`` (plan dates 2025); T106
  ≤error at a typed 102% on 干品抽检合格率.

Look-alikes in the correct returns: dy01 a 年度目标 of 120人次 that is the sum of two 60人次
indicators, ``≥3百分点`` on a 损耗率下降, a typed 95% (tolerated info at most); dy03 the same
采摘技术培训 with 80 and 50人次 in two stacked projects; dy05 a typed 98% and a 霉变损失率 with ≤;
dy07 2027 named in a 中期目标 within the 项目期, annual counts below the period, rates equal in
both columns; dy09 蒸制锅 5台 × 2.4万元 = 12万元 exactly the line, a 注 explaining it; dy11 tier
points and indicator points both given, each level adding to 100, a rate change in 百分点;
dy13 注/说明 lines under a second-sheet table; dy15 a fill/export date in 2024; dy17
``大于等于 12 %`` on a 下降率 and ``小于等于 0 起`` on safety incidents.

Judgements: a typed percent without an operator (dy01, dy02, dy13, dy18) is read as the value
only (T103 is info); the D104 in dy16 names money in the goal against the head, so B101 is
accepted too; the near-duplicate in dy16 is a warning, not an error, because a reviewer could
read 干制品 as a wider product range; Y102 in dy02 is an error because the date cannot lie in a
one-year 2025 project, Y103 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout587 import drying, picking, steaming
from tests.variants.holdout587.registry import HOLDOUT587
from tests.variants.kit import Variant

MODULES = (picking, steaming, drying)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT587, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 587th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
