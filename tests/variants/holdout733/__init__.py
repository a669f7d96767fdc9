"""The 733rd held-out set: a provincial tea industry (鹤塘县, invented) in 18 returns.

Theme: organic tea-garden certification (``gardens``: kbo01–kbo06), a tea-processing plant
upgrade (``plant``: kbo07–kbo12) and tea-brand trade fairs (``fairs``: kbo13–kbo18). Budget
year 2026; fill and signature dates in November 2025. Nine returns are correct, nine carry two
or three planted mistakes (24 required marks), most of them found only by comparing one part of
the return with another (goal text, years, 中期/年度, duplicates, tiers, money).

Layouts: project heads with one-year and multi-year money blocks (当年财政拨款 + 上年结转 in
kbo07), department heads with budget and key tasks (kbo05, kbo13, kbo16), numbered tier labels
(kbo01), labels with points (kbo06, kbo11), * / ★ marks and abbreviations (kbo18), operator and
unit columns (kbo01, kbo12), flat lists (kbo05: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值;
kbo16: 指标名称 · 指标值 · 指标方向 · 计量单位 · 权重), 中期 and 年度 columns (kbo04, kbo11,
kbo17), stacked projects (kbo03, kbo15), a second-sheet table under a two-row header 考核指标 /
预期实现值 (kbo09), a budget-system export with codes in the first columns and the header on the
third row (kbo10), a header repeated after a page break (kbo13), 注 / 说明 / 填表说明 rows, detail
money lines and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kbo02: B101 ≤error at 年度资金总额 (150 ≠ 120 + 20); D104 ≤warning at the certified area
  (goal 2500 亩, indicator ≥3200亩); B107 ≤warning, row, at the subsidy standard (600 元/亩 ×
  3200 亩 = 192 万 > 150 万; with the goal's 2500 亩 it fits exactly).
* kbo04: D204 ≤warning at the 年度目标 (copied from 中期目标); D201 ≤error at the annual
  示范基地 count (4 > the period's 3); Y102 ≤error (alt Y101, Y103) at the annual deadline
  2025年10月底前 in a 2026–2028 project.
* kbo06: D102 ≤error, row (alt D103, D101, D104), at the second 有机认证茶园面积 (≥3500亩 beside
  ≥3000亩); F201 ≤warning, row, at a 抽检合格率 under 时效指标. The B107 the duplicate may cause
  at the cost row is tolerated (``ok``).
* kbo08: D104 ≤warning at 采购揉捻机 8台 (goal 6 台); B107 ≤warning, row, at 揉捻机采购单价
  ≤40万元/台 (× 8 = 320 > 260); B102 ≤error at the detail lines' 合计 (200 + 40 + 10 ≠ 260).
* kbo10: Y103 ≤error (alt Y101, Y102) at the 年度绩效目标 cell of sheet 05-2 (2025年底前 in a
  2026 return, left over from last season); T105 ≤error at 清洁化改造验收合格率 6家.
* kbo12: T108 ≤warning, row, at the ≥ of 单位产品综合能耗 (反向); Y102 ≤error (alt Y101) at the
  改造完工时间 2027-06-30 of a one-year 2026 project; D102 ≤error, row (alt D103, D101, F201), at
  改造生产线数量 2 under 时效 beside 生产线改造数量 3 under 数量.
* kbo14: D104 ≤warning at 组织参加茶博会场次 ≥6场 (goal 4 场); B107 ≤warning, row, at 展位费补助
  标准 ≤8万元/场 (× 6 = 48 > 40); F201 ≤warning, row, at 参展企业满意度 under 社会效益指标.
* kbo15: B101 ≤error at the second stacked project's 年度资金总额 (90 ≠ 60 + 20); D101 ≤warning,
  row (alt D103, D102), at its second 品牌推介会场次.
* kbo17: D104 ≤warning at the 中期 推介会 count (中期目标 12 场, indicator ≥15场); D202 ≤warning
  at the 年度 cells of 参加国家级茶博会 and 品牌宣传报道, copied from 中期.

Legitimate look-alikes in the correct returns: a goal's count with its parts (3000亩 其中
1800亩, kbo01; 5场 其中省外3场, kbo13; ≥3场（省级1场、国家级2场）, kbo18) and a 其中 row under the
total; 下降率 with ≥ (kbo01, kbo09, kbo16); 0 起 on incident counts (kbo01, kbo05, kbo13); =100%
on 验收合格率; rates raised in 百分点 (kbo05 flat list with unit 百分点, kbo11 提高≥3百分点); tier
points and indicator points both adding to 100 (kbo11); a later year the work prepares for
(为2027年申报省级示范茶厂, kbo07) and 2025 named in a 填表说明 about 上年结转; the period's count
in 中期 beside a smaller year's count and equal rates in both columns (kbo11); unit cost × count
equal to its money line (kbo07: 12 × 23 = 276; kbo13: 5 × 12 = 60) or within it; the same
indicator with different values in two stacked projects (kbo03; kbo15's first project); typed
percent cells (kbo01, kbo05, kbo09, kbo11, kbo16, kbo18).

Judgements: a deadline outside the year or period (kbo04, kbo10, kbo12) is taken as an
impossibility (error), whichever of Y101–Y103 reports it; goal/indicator count conflicts are
warnings (D104), since either side may be the intended one; a duplicate with a different value
is an error (D102) but an exact repeat only a warning (D101); in kbo10 the goal and codes are
merged down beside the indicators, as the export writes them; kbo07's ``注：`` row sits in the
name column inside the table and is not an indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout733 import fairs, gardens, plant
from tests.variants.holdout733.registry import HOLDOUT733
from tests.variants.kit import Variant

MODULES = (gardens, plant, fairs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT733, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 733rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
