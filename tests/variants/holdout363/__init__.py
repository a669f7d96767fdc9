"""The 363rd held-out set: yak (牦牛) husbandry on plateau pastures and grassland balance
(草畜平衡), all in the invented 岗措县 (budget year 2025). 18 returns, 9 correct, 24 required marks.

Layouts: project heads (§3.1) with one value column, an operator + unit column pair, 中期/年度
columns (two- and three-year projects), points or 权重 columns; department heads (§3.2) with
budget and task blocks; flat lists in two column orders; two projects stacked in one sheet; a
two-row header repeated after a page break; a budget-system export (05-1 money, 05-2 indicators
with codes in the first columns, on the second sheet); 注 / 填表说明 / instruction rows and
signature lines. Modules: ``herds`` (vi01–vi06), ``grassland`` (vi07–vi12), ``offices``
(vi13–vi18).

Planted mistakes (code, highest accepted severity, place):

* vi02-winter-feed-wrong: T106 ≤error Sheet1!D13 (typed 102% on a 合格率); T108 ≤warning
  Sheet1!D16 row (死亡率 ≥1.5%); T105 ≤error Sheet1!D18 (满意度 ≥260户).
* vi04-improvement-copied: D202 ≤warning Sheet1!E12 and Sheet1!E13 (cumulative counts of a
  three-year project copied into 年度); D201 ≤error Sheet1!E14 (年度 1800份 > 中期 1500份).
* vi06-tier-marks-wrong: W103 ≤error Sheet1!A10 (*产出指标（50分）, indicators 45) and Sheet1!A15
  (*效益指标（30分）, indicators 35); F105 ≤error Sheet1!B16 (质量 under 效益).
* vi08-balance-flat-wrong: T108 ≤warning Sheet1!B15 row (超载率 ≥10, declared 反向); W101
  ≤error book level (weights 95).
* vi10-grassland-money-wrong: B101 ≤error Sheet1!B4 row (340 + 520 ≠ 900); B102 ≤error
  Sheet1!D9 (310 + 150 + 80 = 540 ≠ 金额合计 520); B107 ≤warning Sheet1!D17 row (200元/亩 × 5万亩
  = 1000万元 > 900万元).
* vi12-fencing-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 "46022" as text); X105 ≤warning
  Sheet1!D20 alt X103 ("36.5 8"); X106 ≤error Sheet1!D21 alt B108 ("24万24万").
* vi14-stacked-wrong: B101 ≤error Sheet1!C21 (second project 40 + 4 ≠ 46); T106 ≤error
  Sheet1!D27 (合格率 ≥105%).
* vi17-template-rows: F109 ≤warning Sheet1!B11 row (社会成本指标 left empty); F110 ≤error
  Sheet1!C13 (value, empty name) and Sheet1!C16 (name is one full-width space).
* vi18-weights-wrong: T113 ≤warning Sheet1!E12 (育肥出栏完成时间 typed 100%); W101 ≤error book
  level (weights 105).

Legitimate look-alikes in the correct returns: typed percent cells (vi01: =100% on a 检疫合格率,
65%, 5%, 10%, 90%); 犊牛死亡率 and 超载率 with ≤ (vi01, vi07); 0起 / ≤0起 on incident counts
(vi01, vi05, vi07, vi11, vi13); rates raised in 百分点 (vi01, vi05, vi07, vi09); 下降率/降低率
with ≥ (vi11; vi02 besides its marks); tier points and indicator points both adding to 100
(vi05); unit cost × count equal to the money (vi09 300元/亩 × 6000亩 = 180万元, vi13, vi15, vi16,
and in vi12/vi17/vi18 besides their marks); equal rates and unit costs in 中期 and 年度 with
counts strictly smaller (vi03); a 注 explaining 135 = 100 + 上年结转 15 + 其他资金 20 (vi11);
fill dates in 2024 (every signature line, vi11 2024-12-03); the same 满意度 name with ≥92% and
≥90% in two stacked projects (vi13); an instruction row inside the table (vi11); a repeated
two-row header (vi15); a flat list with no tiers at all (vi07).

Judgements: 超载率 in vi08 carries 反向 in its own direction column, so ≥ contradicts it; only
one mark (T108, row). vi06's indicator scores add to 100 in total, so only the tier scores are
wrong (no W101). vi10's B101 is a row mark because either 资金总额 or a part may be wrong; B107
compares with the whole budget and the 人工种草 task alike. vi12's lines add up once 36.5 8 and
24万24万 are read as 36.58 and 24 (36.58 + 24 + 59.42 = 120). vi14's first project equals
vi13's first project (stacked copies, correct). 0起 targets on incident counts are not T115.
vi02's 越冬期牦牛掉膘损失降低率 ≥15% is a 下降率 with ≥, correct. vi17's tier-2 row and nameless
rows stand inside merged tier-1 blocks.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout363 import grassland, herds, offices
from tests.variants.holdout363.registry import HOLDOUT363
from tests.variants.kit import Variant

MODULES = (herds, grassland, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT363, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 363rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
