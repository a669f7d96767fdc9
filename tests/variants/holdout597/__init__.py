"""The 597th held-out set: 18 invented returns of 骅沟县 (an invented county) on donkey (驴)
farms, donkey-hide gelatin (阿胶) workshops and the county livestock market, with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Budget year 2025 (ei11: 2026).
Its aim is checks across the table: goal text against indicators, years and dates, 中期 against
年度, duplicates, tiers, unit cost × count against money, parts against totals, leftovers.

Modules: ``farms`` (ei01–ei06, donkey farms), ``gelatin`` (ei07–ei12, 阿胶 workshops),
``market`` (ei13–ei18, the livestock market); ``common`` holds the shared helpers.

Layouts: project heads with one-year and multi-year money blocks and money detail lines
(ei01, ei09, ei10); an operator column and a unit column (ei01); headers 指标内容 / 绩效标准
(ei02), 指标内容 · 分值 · 绩效标准 (ei07), 预期实现值 on a second sheet (ei09), 考核指标 ·
目标值（年度） · 评价标准 (ei11), 预期目标 (ei18); 中期 and 年度 columns (ei03, ei04, ei17); a
department flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, ei05); two stacked projects
(ei06); numbered tier labels with points (ei07), abbreviated and marked labels (*产出, ★质量,
ei08); a tier-1 score column beside an indicator score column (ei12); department heads with
tasks (ei05, ei13, ei14); a budget-system export with codes in the first columns, the header on
row 3 of sheet 05-2 and repeated after a page break (ei15); a two-row header with operators in
words (ei16); 注 / 说明 / 填表说明 rows, signature and date lines throughout.

Planted mistakes (return: code, highest accepted severity, place):

* ei02-shed-goal-mismatch: D104 ≤warning Sheet1!D9 row (新建标准化驴舍 ≥10栋, goal 12栋);
  Y102 ≤error row, alt Y103/D104 (完工时间 2026年10月31日前 in a one-year 2025 project whose goal
  says 2025年10月底); B107 ≤warning row (补助标准 ≤9万元/栋 × 10栋 = 90 > 年度资金 80).
* ei04-foal-copied-goal: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error
  at the annual 培育断奶驴驹 ≥2600头 (period ≥2400头); T108 ≤warning row, alt D203 (驴驹死亡率
  ≥3% in the 年度 column).
* ei06-stacked-dairy: B101 ≤error at the second project's 年度资金总额 65 (50 + 10 = 60); Y102
  ≤error row, alt Y103/Y101 (2024年9月30日前 left over in a 2025 return); D102 ≤error row, alt
  D103/D101/F201 (驴奶年收购量 ≥150吨 under 可持续影响 against 驴奶收购量 ≥120吨).
* ei08-hide-trace-tiers: F201 ≤warning row (原料驴皮检验合格率 under 时效); D102 ≤error row, alt
  D103/D101/F201 (驴皮溯源登记数量 ≥18000张 under 社会效益 against 驴皮溯源登记 ≥20000张).
* ei10-hide-purchase-money: B102 ≤error at the detail 合计 100 (lines add to 102); D104
  ≤warning row (收储本地驴皮 ≥6000张, goal 8000张); B107 ≤warning row (≤200元/张 × 6000张 =
  120万 > 100万).
* ei11-showroom-last-season: Y101 ≤error, alt Y102, at 计划开始日期 2025-01-01 in a 2026
  one-year project; Y103 ≤warning at the 年度绩效目标 cell naming 2025年.
* ei14-health-office-money: B101 ≤error at 资金总额 280 (基本 150 + 项目 110 = 260); B102 ≤error
  at 金额合计 110 (tasks 60 + 25 + 30 = 115); D104 ≤warning row (检疫牲畜 ≥4万头, goal and task
  5万头).
* ei17-market-extension: D104 ≤warning row (中期 新建交易棚区 ≥2个, 中期目标 3个); D202 ≤warning
  at the annual 服务交易牲畜 ≥45万头（只） copied from 中期 (年度目标 15万); T106 ≤error at the
  中期 工程验收合格率 =105%.
* ei18-price-template-rows: F109 ≤warning row (社会成本指标 left empty); F110 ≤error at the
  empty name cell of a row valued ≥12期; X101 ≤error at the placeholder ≥XX人次.

Legitimate look-alikes in the correct returns: a goal count given with its parts in brackets
(ei01: 1200头 = 450 + 380 + 370); unit cost × count equal to or within the money (ei01 500元 ×
1200头 = 60万 = its detail line, 60元 × 4000头次 = 24万; ei03 1.2万 × 60头; ei07 2500元 × 400
平方米 = 100万 ≤ 150万; ei09 24万 × 4台 = 96万 = its detail line; ei12 5万 × 3家; ei13 35元 ×
20000平方米 = 70万 = its task; ei15 1.2万 × 40台); a 下降率 with ≥ (ei01, ei07, ei09, ei16); a
反向 rate with ≤ (ei01 布病阳性率, ei16 漏检率 小于等于 0.5%); 0起 on an incident count (ei05,
ei13); =100% at the ceiling, typed (ei05, ei09, ei13, ei16); period counts three times the
year's beside equal rates and costs (ei03); 100 both ways when tier and indicator points are
given (ei07, ei12); a rate raised in 百分点 (ei12); a later year the work prepares for (ei09:
为2026年申报…); footnotes explaining 金额合计 against 资金总额 (ei05, ei13); fill dates in the
year before the budget year; a header row repeated after a page break (ei15); the same name
(养殖户满意度) in both stacked projects of ei06 with different values is not a duplicate.

Judgements where a reviewer could hesitate:

* A text fact against an indicator (D104) is marked on the indicator row, where the figure is
  given otherwise; the goal cell is left unmarked.
* ei02's 2026 deadline is an impossibility for a one-year 2025 project (Y102 error accepted);
  it also contradicts the goal, so D104 is accepted there too.
* Conflicting duplicates with a word more (ei06, ei08) are accepted as errors (D102): one
  indicator cannot carry two targets; D103 is accepted, and F201 because the second copy also
  sits under a wrong tier-2.
* ei04's 反向 rate with ≥ sits in the 年度 column only, so D203 is accepted for it.
* ei11's start date in 2025 is a leftover: Y101 with Y102 accepted, error (a one-year 2026
  project cannot start in 2025).
* ei17's D202 is marked only at the cumulative count; the equal rates, costs and satisfaction
  are legitimate.
* ei15's export has no project head block: its year is in both titles, money on sheet 05-1.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout597 import farms, gelatin, market
from tests.variants.holdout597.registry import HOLDOUT597
from tests.variants.kit import Variant

MODULES = (farms, gelatin, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT597, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 597th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
