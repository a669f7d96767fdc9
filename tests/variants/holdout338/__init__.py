"""The 338th held-out set: seawater desalination and island water supply (海水淡化).

Theme: plant capacity in tonnes a day, membrane replacement and energy per tonne (``plants``);
water quality compliance and supply to island households (``islands``); department returns,
stacked plants and multi-year island programmes (``departments``). Budget year 2025 throughout;
every place, unit, person, phone number and figure is invented.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
operator and unit columns (uj01, uj02, uj04); one value column (uj03, uj07–uj10, uj15, uj16); a
tier-1 score column beside indicator scores (uj05, uj06); numbered, pointed, ★/* and abbreviated
tier labels (uj07); header words 预期目标, 指标内容/绩效标准, 预期实现值 (uj08–uj10); a note row,
a header repeated after a page break, footnotes and signature lines (uj09); a table on a second
sheet (uj10, uj11); a budget-system export with codes in the first columns, header on the third
row, tiers repeated (uj11); 指标性质 as direction and 指标方向 as operator in words (uj12);
department heads with flat lists (uj13, uj14); two projects stacked in one sheet (uj15, uj16);
three-year projects with a two-row 中期/年度 header (uj17, uj18); detail lines under the table
(uj03).

Planted mistakes (return: code, highest accepted severity, place):

* uj02: T106 ≤error at the recovery-rate value (105% typed in Excel); T105 ≤error at
  ``出厂水水质检测合格率 24 次``; T108 ≤warning (row) at the ≥ of 吨水电耗.
* uj04: X105 ≤warning (alt X103) at 年度资金总额 ``645.2 8``; X104 ≤warning at the 计划完成日期
  text ``45961``; T115 ≤error at ``能量回收装置单套成本 ≤ 0 万元/套``.
* uj06: W103 ≤error at the 效益指标 score 30 (indicators add to 25); F105 ≤error at the
  社会效益指标 tier-2 cell under 产出指标; W101 at book level tolerated, not required.
* uj08: F110 ≤error at the empty name cell of a ``≥98%`` row; F109 ≤warning (row) at the empty
  时效指标 template row; T108 ≤warning (row) at ``管网漏损率 ≥12%``.
* uj10: T105 ≤error at ``送水水质抽检合格率 ≥36次``; T114 ≤warning at ``满意度 ≥99%``.
* uj12: T108 ≤warning (row) at 小于等于 on a 正向 count; T108 ≤warning (row) at 大于等于 on a
  反向 share.
* uj14: B101 ≤error at 资金总额 1520 (400 + 1100 = 1500); B102 ≤error at 金额合计 1100 (tasks
  add to 1080); W101 ≤error at book level (flat-list weights add to 95).
* uj16: D102 ≤error (row, alt D101, D103) at the second ``反渗透膜元件更换数量``; B101 ≤error at
  the second project's 年度资金总额 250 (200 + 40).
* uj18: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the annual ``≥12座``; D201 ≤error at
  the annual ``≥1200户`` (period ``≥900户``).

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on a 达标率 and a reverse
膜通量衰减率 with ≤ (uj01); ``=100%`` typed as text and a detail block adding up, 240 × 1.05 =
252 within 318 (uj03); 100 both ways with tier and indicator points, ``≥3百分点``, a 下降率 with ≥
(uj05); ``（一）``/``★``/``*``/abbreviated labels (uj07); ``≤0起`` on an incident count, a
footnote on the total, a fill date in December of the year before (uj09); ``桶装水外运量下降率 ≥
30%`` in an export (uj11); flat-list weights with a 合计 row of 100, typed percents (uj13); the
same name with different values in two stacked projects (uj15); equal 中期 and 年度 rates and
unit costs in a multi-year project (uj17).

Judgements: a fill date in the year before the budget year is not a year conflict; the 合计 row
of a flat list is not an indicator and its 100 is not added to the weights; in uj06 the W101 that
the missing 5 points cause is tolerated; in uj04 ``99.3`` and ``90`` typed as text with ``%`` in
the unit column are ordinary entries, not artefacts; in uj16 the duplicate is marked as a
conflicting duplicate (error) because one project cannot target both 120 and 150 membranes;
``旺季限时供水天数 ≤5天`` and ``旱季限时供水天数 ≤10天`` are reverse counts with ≤.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout338 import departments, islands, plants
from tests.variants.holdout338.registry import HOLDOUT338
from tests.variants.kit import Variant

MODULES = (plants, islands, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT338, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 338th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
