"""The 675th held-out set: 18 invented returns on 银耳 and 滑子菇 sheds (出耳棚, 出菇棚, 菌包),
菌棒 factories and a drying line, all of 栖云县 (invented), budget year 2025, with a careful
reviewer's marks. Aim: checks across the table (goal text against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, unit cost × count against money, leftovers).

Layouts: project heads with 万元 in the number format (hi01–hi04, hi07–hi18), department heads
with tasks and 金额合计 (hi05, hi06); one value column, operator and unit columns, 指标性质 as
direction with word operators (hi09), a direction column (hi10), 中期 and 年度 columns
(hi03, hi04, hi15, hi16), two stacked projects (hi07, hi08), a flat list (hi05), tier-1 and
indicator score columns (hi11, hi12), headers 考核指标 / 目标值（年度） / 评价标准 with a 注 row
between tiers and 填表说明 (hi13), a budget-system export on two sheets with codes in the first
columns (hi14), a table on a second sheet under 预期实现值 with *-marked abbreviated labels
(hi17), header 预期目标 with template rows (hi18).

Planted mistakes (code, highest accepted severity, place):

* hi02-yiner-new-sheds: D104 ≤warning (row) at 新建出耳棚数量 ≥50座, the goal says 60座; Y102
  ≤error (row, alt Y103) at 出耳棚完工时间 2026年3月31日前 in a one-year 2025 project; B107
  ≤warning (row) at 单座补助 ≤1.5万元/座: 60 × 1.5 = 90 > 资金总额 70.
* hi04-yiner-breeding-base: Y103 ≤warning (alt Y101) at the 年度目标 cell dated 2024; D202
  ≤warning at the annual 母种和原种繁育数量 copied from 中期 (≥3万瓶, the goal says 1万瓶);
  D201 ≤error (alt D104) at the annual 培训种植户人次 ≥1200 above the period's ≥900.
* hi06-yiner-centre-tiers: B102 ≤error at 金额合计 180 (tasks 80 + 60 + 50 = 190); D103
  ≤warning (row, alt D101) at 银耳干品质量抽检合格率, the row above with one word less; F201
  ≤warning (row) at 技术指导对象满意度 under 社会效益指标.
* hi08-huazigu-stacked-wrong: B101 ≤error at the second project's 资金总额 45 (36 + 4 = 40);
  Y101 ≤error (row, alt Y102, Y103) at the second project's plan dates 2024-03-01…2024-12-31.
* hi10-huazigu-bags: D104 ≤warning (row) at 投放菌包数量 ≥15万袋, the goal says 20万袋; T108
  ≤warning (row) at 菌包杂菌感染率 ≥3 反向; F201 ≤warning (row) at 出菇质量抽检合格率 under 时效.
* hi12-huazigu-points-wrong: W103 ≤error at 产出指标's score 50 (indicators 45) and at
  效益指标's score 30 (indicators 35); both levels still total 100, so no W101.
* hi14-junbang-export: Y102 ≤error (row, alt Y103, Y101) at 设备安装完成时间 2024年11月30日前;
  B107 ≤warning (row) at 单台灭菌柜购置补助 ≤18万元/台: 8 × 18 = 144 > 120 on sheet 05-1.
* hi16-drying-line-wrong: B103 ≤error at 年度资金总额 240 > 中期 200; D204 ≤warning at the
  年度目标 cell (copied from 中期目标); D202 ≤warning at the annual 鲜品烘干量 ≥4500吨.
* hi18-junbang-template-rows: F110 ≤error at the empty name of the ≥120户 row; F109 ≤warning
  (row) at the empty 时效指标; X101 ≤error (row) at the example row's ≥XX人次 (its name cell
  tolerates a warning).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (hi01 40座
= 30 + 10, hi07 30座 = 20 + 10); a later year the work prepares for (hi01 2026, hi15 2027);
period counts beside smaller annual counts and rates / unit costs equal in both columns (hi03,
hi15); typed percent cells (hi01, hi09); 杂菌污染下降率 大于等于 20% and 安全生产事故 ≤0起
(hi09, hi05); ≥5百分点 (hi11); tier and indicator scores both totalling 100 (hi11); the same
indicator name with different values in two stacked projects (hi07: 滑子菇鲜品产量, 种植户满意度);
unit cost × count equal to or within its money (hi07 20万袋 × 2元 = 40万元, hi13 500万棒 × 0.3元
= 150万元 ≤ 200, hi17 150吨 × 0.25 = 37.5 ≤ 45); a 注 row between tiers, 填表说明 and signature
dates in late 2024 (hi13 and all returns); a flat list without tiers (hi05).

Judgements: a reference to a later year in a goal as the purpose of the work (为2026年/2027年推广
积累经验) is not a leftover; the signature date in November/December 2024 is the fill date, not a
year conflict; in hi02 the deadline is an error (a date the one-year project cannot have) while
the count contradiction is only doubtful (a warning); in hi04 the annual ≥1200人次 is marked D201
(error: an annual count above the period's cannot be), D104 accepted; in hi16 the 年度资金 above
the 中期资金 is the B103 impossibility, the copied goal and count are warnings; in hi08 the plan
dates from 2024 in a 2025 table are a year conflict (error), one row mark for both dates; hi06's
near-duplicate carries the same value, so D103 (warning), not D102.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout675 import factories, huazigu, yiner
from tests.variants.holdout675.registry import HOLDOUT675
from tests.variants.kit import Variant

MODULES = (yiner, huazigu, factories)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT675, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 675th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
