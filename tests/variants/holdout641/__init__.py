"""The 641st held-out set: 18 invented returns on **肉鸽养殖与鸽蛋冷链、谷子糜子杂粮订单**, with a
careful reviewer's marks, to measure ``goalbook check`` out of sample. Its aim is checks across
the table: most planted mistakes are found only by comparing one part of a return with another.
Places (雀岭县, 砚川县, 葛家坪镇, 芦峪乡, 柏树塬镇, 石碾镇, 河畔乡), units, people, phone numbers
and figures are invented.

Layouts
-------
* ``pigeon`` (肉鸽养殖): ga01 project with operator and unit columns under 指标内容 / 绩效标准;
  ga02 three-year project with 中期 and 年度 columns; ga03 department with numbered tier labels
  carrying points and an indicator score column; ga04 department with one value column; ga05 and
  ga06 two projects stacked in one sheet.
* ``coldchain`` (鸽蛋冷链): ga07 project under 考核指标 / 目标值（年度） / 评价标准; ga08 project
  with a unit column; ga09 budget-system export (money on sheet 05-1, indicators on 05-2 with
  codes in the first columns and a 指标方向 column); ga10 two-year project with 中期 and 年度;
  ga11 department flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); ga12 project with
  numbered labels (一、 / 1.).
* ``grain`` (谷子糜子杂粮订单): ga13 project with marked and abbreviated labels (*产出, 数量, ★),
  说明 / 注 / 填表说明 rows and a signature line; ga14 three-year project with the header repeated
  after a page break; ga15 project under 预期目标 with word operators; ga16 department with a
  tier-1 score column and an indicator score column; ga17 budget-system export with operators
  in words; ga18 two projects stacked.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* ga02: D104 ≤warning at 新建标准化鸽舍 (row): 中期目标 says 30 鸽舍, the 中期 value 20. D201
  ≤error at 出栏乳鸽 (row, alt D104): 年度 ≥40万羽 above 中期 ≥15万羽 (a 0 lost; the goal says
  150万). Y102 ≤error at the 年度 completion date (alt Y103): 2024年12月31日前 in 2025—2027.
* ga04: B102 ≤error at 金额合计 (alt B101): tasks 55 + 35 + 20 = 110 ≠ 120. D104 ≤warning at
  养殖户培训 (row): goal and task say 200人次, the indicator 150人次. F201 ≤warning at
  养殖户对技术服务满意度 (row): a satisfaction rate under 社会效益指标.
* ga06: B101 ≤error at the second project's 年度资金总额: 30 + 10 ≠ 45. Y103 ≤warning at
  2024年度乳鸽品牌宣传推送 (row): last year's year in a 2025 table. D102 ≤error at the second
  乳鸽线上销售额 (row, alt D101 D103 D104): the same indicator under 经济效益 (≥120万元) and
  可持续影响 (≥80万元).
* ga08: D104 ≤warning at 冷库总库容 (row): goal 500吨, indicator ≥300. Y102 ≤error at the
  completion date (alt Y103): 2026年6月30日前 in a one-year 2025 project. B107 ≤warning at
  单座冷库建设成本 (row): 3 × 40万元 = 120 > 100 of the year's money.
* ga10: B103 ≤error at 年度资金总额: 160 > 中期 150. D204 ≤warning at the 年度目标 cell: copied
  from 中期目标 in a two-year project. D202 ≤warning at the 年度 value of 冷链配送鸽蛋: the
  two-year 1200万枚 copied into the year.
* ga12: F201 ≤warning at 每枚鸽蛋分级包装成本 (row): a cost under 数量指标. F201 ≤warning at
  分级鸽蛋出厂合格率 (row): a quality rate under 时效指标.
* ga15: Y101 ≤error at the plan dates row (row, alt Y102): title and goal 2025, plan dates 2024.
  D104 ≤warning at 糜子订单种植面积 (row): goal 8000亩, indicator ≥6000亩. T105 ≤error at
  订单履约率: ≥580户.
* ga16: W103 ≤error at the 产出指标 score cell: 50 declared, 45 under it (W101 ≤error tolerated
  on the file: the indicator scores then total 95). D101 ≤warning at 杂粮订单签约农户数 (row, alt
  D103): 杂粮订单签约户数 again with one word more.
* ga18: Y103 ≤warning at the second project's 年度目标: a 2023 goal left in a 2025 table. B107
  ≤warning at 亩均种子补贴标准 (row): 1万亩 × 60元 = 60万元 > 50. X101 ≤error at the
  template example row's ≥XX%.

25 required marks; all but T105 (ga15) and X101 (ga18) compare one part of a return with
another (goal against indicator, dates against the period, 中期 against 年度, duplicates, tier
placement, cost × count and parts against money).

Legitimate look-alikes in the correct returns (ga01 ga03 ga05 ga07 ga09 ga11 ga13 ga14 ga17)
-----------------------------------------------------------------------------------------
* Typed percent cells (``pct``) in ga01, ga11 and ga17; ``=`` with 100% on 种鸽检疫合格率 (ga01)
  and text ``=100%`` (ga09) at the ceiling.
* 0起 on 重大动物疫情发生起数 (ga01); ``≤0%`` on 化肥使用量增长率, the zero-growth target (ga14);
  a 下降率 with ≥ / 大于等于 (ga07, ga17); 反向 rates and counts with ≤ (ga09, ga11).
* Points at two levels adding to 100 each, with a 合计 row and a footnote saying so (ga03);
  乳鸽成活率提高 ≥2百分点 (ga03).
* Goal counts that are parts of the indicator's (ga05: 4 of 10 鸽舍) or totals with their parts
  in brackets (ga11, ga13); later years the work prepares for (ga07: 2026 outside a one-year
  project, in the goal text only; ga14: 2027 inside the period).
* 中期 counts beside smaller 年度 counts, rates equal in both columns (ga14); a 中期 time limit
  written 每年11月30日前 (ga14).
* Unit costs × counts within the money: ga01 3000 × 100元 + 12 × 3万 = 66 ≤ 86; ga03 5000 ×
  120元 = 60 ≤ 70 of its task; ga05 10 × 4 = 40 ≤ 60 and 50 × 0.5 = 25 ≤ 30; ga07 2 × 32 + 20
  = 84 ≤ 90; ga09 600万枚 × 0.08元 = 48 = 48 (equal is not exceeding); ga14 300吨 × 0.3万 = 90
  ≤ 120; ga17 5000亩 × 100元 = 50 ≤ 65.
* The same indicator name (验收合格率) with different values in the two stacked projects (ga05).
* Signature dates in December or November of 2024 for a 2025 return (ga01, ga11, ga13);
  department fill dates in the year before; 说明 / 注 / 填表说明 / 合计 rows and a repeated
  header are not indicators (ga03, ga11, ga13, ga14).

Judgements where a reviewer could hesitate
------------------------------------------
* ga02 出栏乳鸽: the period value ≥15万羽 is the slip, but the finding is the annual value above
  it; the row mark accepts D201 or D104 anywhere in the row.
* Y102 on a completion date outside the period is taken as an error (the dates cannot both
  hold); the Y103 it may produce instead is accepted.
* ga06's duplicate under two tier-2s with different values is an error (one indicator cannot
  have two targets); D101 / D103 / D104 accepted.
* ga08 and ga18 B107: the product exceeds the year's money, a warning (the standard is a cap).
* ga16: the 产出 score mismatch is W103; the indicator total of 95 is the same slip (W101
  tolerated, not asked for).
* ga07's 2026 in the goal text is a purpose (为2026年…积累), not a leftover; a Y103 there would
  be a false warning.
* ga12: a per-egg cost under 数量 in a NAT-2021 table is F201, not F105 (the tier-2 label itself
  is right).
* ga06's ``0起`` without operator and ga15's word operators (不低于, 以内) are normal forms.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout641 import coldchain, grain, pigeon
from tests.variants.holdout641.registry import HOLDOUT641
from tests.variants.kit import Variant

MODULES = (pigeon, coldchain, grain)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT641, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 641st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
