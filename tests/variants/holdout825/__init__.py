"""The 825th held-out set: 18 invented returns on grassland ecology subsidies (grazing bans,
reseeding degraded grassland, herder payments), with a careful reviewer's marks, built to
measure ``goalbook check`` out of sample. Aim: checks across the table.

Layouts: project heads (``heads.project_head``) with 中期/年度 money rows and one value column,
operator + unit + points columns (kfc07), tier points at two levels (kfc13), 中期 and 年度
value columns (kfc03, kfc11, kfc17); department heads with key tasks (kfc05, kfc15) and a flat
list (kfc06); two stacked projects (kfc04, kfc18); a budget-system export on a second sheet
with codes first and the header on the third row (kfc09); a transfer-payment 区域绩效目标表
(kfc13); numbered and ★ labels with a two-row header repeated after a page break (kfc12); a
money detail block (kfc10). Notes, 填表说明 and signature lines under several tables.

Planted mistakes (return: code, highest accepted severity, place):

* kfc02-ban-goal-mismatch: B107 ≤warning, row of 禁牧补助标准 (7.5元/亩 × 80万亩 = 600 >
  560万元); D104 ≤warning, row of 禁牧面积 (goal 85万亩, indicator 80万亩); Y102 ≤error at the
  deadline 2026年6月30日前 of a one-year 2025 project.
* kfc03-ban-three-year: B103 ≤error at 年度资金总额 1900 > 中期 1800; D201 ≤error at the
  annual 网围栏 360公里 > period 300公里; D202 ≤warning at the annual 培训人次 copied.
* kfc05-ban-department: B102 ≤error (alt B101) at 金额合计 2160 ≠ 2060; D102 ≤error (alt
  D103, D101), row of 禁牧区草原执法巡查次数 ≥360次 against 禁牧区执法巡查次数 ≥480次.
* kfc08-reseed-last-season: Y103 ≤warning (alt Y101) at the goal naming 2024; T105 ≤error
  (alt D104) at 补播出苗率 ≥2000株; F201 ≤warning, row of 补播草种质量合格率 under 时效.
* kfc10-reseed-detail-lines: B102 ≤error (alt B101) at the detail 合计 420 ≠ 400; B107
  ≤warning, row of 草种采购单价 (24元 × 8万公斤 = 192 > the 草种采购 line 180); X101 ≤error,
  row of the template example 例：XX项目验收合格率 ≥XX%.
* kfc11-reseed-two-year: D204 ≤warning at the 年度目标 copied from 中期目标; D202 ≤warning at
  the annual 补播改良面积 ≥6万亩 equal to the two years'.
* kfc14-payment-goal-count: D104 ≤warning, row of 获得奖励牧户数 (goal 3200户, indicator 2300);
  T106 ≤error at the typed 105% of 奖励资金兑付准确率.
* kfc16-payment-stale-year: Y102 ≤error (alt Y101, Y104) at 计划完成日期 2024-12-31 in a 2025
  project; D103 ≤warning (alt D101), row of 牧户补奖资金兑付率 (补奖资金兑付率 plus a word);
  F201 ≤warning (alt F105), row of a satisfaction rate under 社会效益指标.
* kfc18-payment-stacked: B101 ≤error, row of the second project's totals (230 + 20 ≠ 260);
  Y103 ≤warning (alt Y101) at the second project's goal naming 2024.

Look-alikes in the correct returns (kfc01, 04, 06, 07, 09, 12, 13, 15, 17): a goal's core
area 45万亩 as a part of the indicator's 120万亩 and a note explaining the money (kfc01); `0起`
on a fire count (kfc01); typed percents (kfc01 52%, kfc06, kfc15); the same name 牧户满意度
with other values in two stacked projects and 为2026年…积累经验 (kfc04); a 下降率 with ≥ and a
合计 row of weights (kfc06); cost × count equal to the money (kfc01, kfc07, kfc09 within);
points both at tier level (labels or a column) and per indicator, 100 both ways (kfc07,
kfc13); rises and falls in 百分点 (kfc07, kfc12, kfc15); a note explaining that 金额合计 is the
项目支出 (kfc15); the period's 1800人次 beside the year's 600 and a goal total with its parts
in brackets (kfc17); fill dates in the year before the budget year (all).

Judgements: an area banned or paid for every year (kfc17 禁牧补助面积（每年）) may fairly be
equal in 中期 and 年度, so those annual cells only tolerate a warning (``ok``); the unit cost
× count check in kfc10 compares with its own detail line, not the whole project; the rate
given as a count in kfc08 also contradicts the goal's 80%, so D104 is accepted there; the
stale end date in kfc16 may be reported as a year mismatch or as an end before the start.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout825 import bans, payments, reseeding
from tests.variants.holdout825.registry import HOLDOUT825
from tests.variants.kit import Variant

MODULES = (bans, reseeding, payments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT825, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 825th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
