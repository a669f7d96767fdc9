"""The 593rd held-out set: 18 invented returns on highland quinoa and oat (藜麦、燕麦) growing,
the county seed stock and an oat-flour mill, all of the invented 雪陂县 (budget year 2025), with a
careful reviewer's marks. The aim is checks across the table: goal text against indicators,
years and dates, 中期 against 年度, duplicates, tiers, unit cost × count against money, leftovers.

Layouts. ``fields`` (growing): ee01 project with operator and unit columns and typed percent
cells; ee02 one value column; ee03 two-year and ee04 three-year projects with 中期 and 年度
columns; ee05 and ee06 two projects stacked in one sheet. ``seedstock``: ee07 department head
with tasks, numbered tier labels with points and a points column; ee08 and ee10 flat lists
(序号 · 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); ee09 department with tasks; ee11 a note
row between tiers, the header repeated after a page break, 填表说明 and a signature line; ee12
the head on one sheet and the table on a second sheet under 预期实现值. ``mill``: ee13 a
budget-system export (05-1 and 05-2 sheets, header on the third row, codes first); ee14 labels
numbered with points; ee15 a tier-1 score column; ee16 a two-row header with operators in
words; ee17 operator and unit columns; ee18 a two-year project with 中期 and 年度 columns.

Planted mistakes (24 required marks; highest accepted severity; place):

* ee02: D104 ≤warning, Sheet1 row of 燕麦种植面积 (row), goal 3000亩 vs ≥2500亩; Y102 ≤error
  at 播种完成时间 2024年5月31日前 (alt Y101, Y103); B107 ≤warning, row of 亩均种植成本补助
  (350元 × 2500亩 = 87.5万 > 80万).
* ee04: Y103 ≤warning at the 年度目标 cell naming 2024 (alt Y101); D201 ≤error at the annual
  机械化播种面积 3500 > 3000; D202 ≤warning at the annual 示范点 copied from 中期.
* ee06 (second stacked project): B101 ≤error at its 年度资金总额 65 ≠ 50 + 10; D102 ≤error,
  row of 燕麦良种繁育田面积 ≥450亩 beside 繁育面积 ≥500亩 (alt D103, D101); F201 ≤warning,
  row of 繁育种子发芽率 under 时效指标.
* ee09: B101 ≤error at 资金总额 520 ≠ 180 + 330; B102 ≤error at 金额合计 330 (tasks 340);
  D104 ≤warning, row of 燕麦良种储备量 ≥40万公斤 (goal and task say 50万公斤).
* ee10: Y102 ≤error at the 2024-09-30 date cell (alt Y101, Y103); D103 ≤warning, row of
  藜麦良种储备数量 repeating item 1 (alt D101).
* ee12: Y101 ≤error, book level (second sheet's title 2024年度 against the 2025 head; alt Y103);
  X101 ≤error, row of the template's example row (≥**%).
* ee15: W103 ≤error at the 产出 score 30 (indicators 35) and at the 效益 score 35 (indicators
  30); D104 ≤warning, row of 燕麦粉年加工量 ≥1500吨 (goal 2000吨).
* ee17: T108 ≤warning, row of 燕麦粉产品抽检不合格率 with ≥; D101 ≤warning, row of the
  合格率 repeated under 社会效益 (alt D103, D102, F201).
* ee18: B103 ≤error at 年度资金总额 320 > 中期 300 (the annual 其他资金 70 > 50 tolerated up to
  error); D202 ≤warning at the annual 加工设备更新 copied; Y102 ≤error at 年度 原料仓建成时间
  2024年12月31日前 (alt Y101, Y103).

Legitimate look-alikes in the correct returns: goal totals with parts in brackets (ee01 1200亩
其中400亩, ee07 60万公斤 = 45 + 15 with a task of 60, ee14 1800吨 其中600吨); 百分点 rises
(ee01, ee14); a 下降率 with ≥ and 0起 incidents (ee08, ee07, ee16); 反向 rates with ≤ (ee13,
ee16); a year the work prepares for (ee03 为2027年推广); period counts above the year's and rates
equal in both columns (ee03); the same indicator names with other values in stacked projects
(ee05); unit costs within their money (ee01 48 ≤ 60, ee03 160 ≤ 180 and 72 ≤ 90, ee07 300 ≤ 320,
ee11 40 ≤ 45, ee13 180 ≤ 210 and 32 ≤ 35, ee14 108 ≤ 150, ee16 36 ≤ 48); a footnote explaining
a total (ee11, ee13); a fill date in November 2024 (ee07, ee11); tier points and indicator
points both adding to 100 (ee07, ee14); a 合计 row of weights under a flat list (ee08).

Judgements: a goal count differing from its indicator is a warning (D104), not an error; a
date before the budget year is an error (Y102); the duplicated 繁育田面积 with another value is
accepted as an error (D102) because the table then states two areas for one field; an annual
goal naming 2024 is a warning (it could be a reference, but here it is a leftover); in ee18
the annual money over the period necessarily pushes one of its parts over too, tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout593 import fields, mill, seedstock
from tests.variants.holdout593.registry import HOLDOUT593
from tests.variants.kit import Variant

MODULES = (fields, seedstock, mill)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT593, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 593rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
