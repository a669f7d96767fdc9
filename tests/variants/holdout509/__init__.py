"""The 509th held-out set: 溜索改桥 in the gorge villages of the invented 雾岭县 (budget year
2025): bridges that replace river zip-lines, the ferries they replace or keep, and the school
commutes across the gorges. 18 returns, 9 correct, 9 with 24 required marks.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and key-task blocks, a transfer-payment 区域绩效目标表 (中央补助 + 地方资金),
a budget-system export on two sheets (05-1 money with codes, 05-2 indicators with project code
and name in the first columns, header 绩效目标值 on row 3), two projects stacked in one sheet
(ay02 one-year, ay17 multi-year), a flat department list (ay08), tier-1 and indicator score
columns (ay03, ay04), operator and unit columns (ay01, ay12), a two-row header with 考核指标,
目标值（年度） and 评价标准 (ay13), header 预期目标 (ay14), numbered, starred and abbreviated
tier labels, 注 / 说明 / 填表说明 rows, a header repeated after a page break (ay11), signature
and date lines.

Planted mistakes (code, highest accepted severity, place):

* ay02-bridge-stacked-defects: B101 error at the second project's 年度资金总额 (row; 450 ≠ 400
  + 60); B107 warning at its 单座桥梁建设成本 (row; ≥3座 × 180 = 540 > 450); T105 error at
  过江通行安全达标率 ``3座``.
* ay04-bridge-tier-points-wrong: W103 error at the 产出指标 score 40 (indicators 45) and at the
  效益指标 score 30 (indicators 25); T106 error at 桥梁荷载试验合格率 ``≥105%``.
* ay06-bridge-artefacts: X104 warning at 计划完成日期 ``46022`` (text); X106 error (alt B108) at
  ``96万96万(含运输)``; X105 warning (alt X103) at ``128.062 5``. Read as 96 and 128.0625, the
  lines add up to 300.
* ay08-ferry-flat-defects: W101 error, book level (weights 90); T108 warning (row) at the ``≥``
  of 渡船平均候渡时间; T112 error at ``12万元`` in a 人次 row.
* ay10-ferry-multi-year-copied: D204 warning at the 年度目标 cell; D202 warning at the annual
  ``≥6座`` and ``≥8公里`` (cumulative counts copied from 中期).
* ay12-ferry-direction: T108 warning (row) at the ``≥`` of 渡运安全事故发生率 and at the ``=``
  of 单人次渡运补贴标准.
* ay14-commute-template-rows: F110 error at the empty name cell of the ``≥98%`` row; F109
  warning (row) at the empty 时效指标 template row.
* ay16-commute-wrong-parent: F105 error at ``（二）时效指标`` under 三、效益指标; T105 error at
  护送学生覆盖率 ``860人``.
* ay18-commute-money-wrong: B101 error (row) at 资金总额 980 (基本 300 + 项目 700 = 1000);
  B102 error at 金额合计 700 (tasks 720); T106 error at a typed 105% (``pct(1.05)``).

Legitimate look-alikes in the correct returns: typed percent cells (ay01); unit cost × count
exactly equal to the money (ay01 4 × 215 = 860, ay03 3 × 160 = 480, ay07 4 × 130 = 520, ay15
5 × 240 = 1200, ay16 8 × 15 = 120, ay17 30 × 20 = 600); ``≤0起`` on accident counts (ay01, ay11,
ay16, ay18); ``≥6百分点`` on a rate raised (ay03); points 100 at both levels (ay03); ``=100%``
at the ceiling (ay07, ay17); ``渡运安全事故下降率 ≥20%`` (ay07); fill dates in 2024 (all
signature lines); rates and unit costs equal in 中期 and 年度 (ay09, ay17); the same indicator
names with different values in two stacked projects (ay17: 受益学生人数, 学生家长满意度); a
second 产出指标 block after the repeated header (ay11); 其他资金 0 (ay16).

Judgements: B107 in ay02 is a warning, since 单座 cost × count exceeds the money whichever of
450 / 460 is right. In ay18 the wrong one of 资金总额 / 基本支出 / 项目支出 cannot be told,
so the B101 mark is a row mark at 资金总额. In ay04 both tiers are off while both totals are
100, so no W101 is asked for. In ay12 ``=`` on a per-trip subsidy is read as a cost cap (T108
per domain §4.2 rule 7; T107 is not asked for as the name is not a rate). ay10's second
``≥98%`` and unit cost equal in both columns are rates / costs and are not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout509 import bridges, commutes, ferries
from tests.variants.holdout509.registry import HOLDOUT509
from tests.variants.kit import Variant

MODULES = (bridges, ferries, commutes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT509, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 509th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
