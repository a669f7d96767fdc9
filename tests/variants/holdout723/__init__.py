"""The 723rd held-out set: 18 invented returns of a provincial forestry campaign, in two halves:
the pine wilt disease quarantine campaign (松材线虫病疫情防控, kbe01–kbe06) and the
seedling-nursery subsidy with the forest-fire lookout towers (苗圃育苗补助, kbe07–kbe12;
森林防火瞭望塔, kbe13–kbe18). Places, units, people, phone numbers and figures are invented
(栖枫县, 岙川市, 鹤溪县, 蔚川, 杉坳).

Layouts: project heads with one value column (kbe01, kbe10, kbe18), with 中期 and 年度 columns
(kbe02, kbe08, kbe13), with an operator column and a unit column (kbe07), with operators in
words under a two-row header 考核指标 / 目标值（年度） (kbe16), with points in the tier-1 labels
(kbe06) or in a tier-1 score column beside an indicator score column (kbe12); stacked projects
(kbe03, kbe11, kbe17); department heads with tasks and a flat list (kbe04, kbe09) or tiered
indicators (kbe14); a budget-system export with codes in the first columns and the indicators on
a second sheet 05-2 (kbe05); a head on one sheet and the table on a second sheet under
预期实现值 (kbe15). Tier labels numbered (一、/（一）), abbreviated (产出, 数量), with points
(产出指标（50分）) or marked with *.

Planted mistakes (return: code, highest accepted severity, place):

* kbe02-pinewilt-three-year: D104 warning (row: 松林普查面积 年度 10万亩次, the 年度目标 says
  12万亩次); D201 error (诱捕器设置数量 年度 1800套 above the period's 1500套); Y102 error, alt
  Y103/Y101 (春季除治完成时间 2024年4月30日前 in a 2025–2027 project).
* kbe04-pinewilt-flat-department: B101 error (row: 资金总额 412 ≠ 财政拨款 360 + 其他资金 40);
  D104 warning (row: 疫木样品检测数量 600, the task says 取样检测800份); D103 warning, alt
  D101/D102 (row: 松木制品经营场所检查 120 beside 松木及其制品经营场所检查 150).
* kbe06-pinewilt-points: Y101 error, alt Y102 (row: plan dates 2024 under a 2025 title, goal and
  deadline); F201 warning (row: 疫木粉碎合格率 under 时效).
* kbe08-nursery-two-year: B103 error (年度资金总额 320 above 中期 300); D204 warning (年度目标
  copied from 中期目标); D202 warning (补助苗圃数量 ≥24家 copied into 年度).
* kbe10-nursery-cost: D104 warning (row: 补助育苗基地数量 ≥18个, the goal says 30个); X101 error
  (row: the template's example row 示例：××苗木出圃数量 ≥XX万株); B107 warning (row: 1.2元/株 ×
  150万株 = 180万元 above the 120万元).
* kbe11-nursery-stacked: B101 error (second project's 年度资金总额 86 ≠ 60 + 20); Y103 warning,
  alt Y101 (its 年度目标 starts 2024年); F201 warning (row: 苗木出圃合格率 under 数量指标).
* kbe14-tower-department: B102 error, alt B101 (金额合计 110 while the tasks add to 114); D104
  warning (row: 瞭望塔维修改造数量 ≥6座, the task says 8座); D101 warning, alt D103 (row: 重点林区
  瞭望覆盖率 under 质量指标 and again under 社会效益指标).
* kbe16-tower-header-words: D104 warning (row: 新建瞭望塔数量 等于 3, the goal says 5座); Y102
  error, alt Y103 (主体工程完工时间 2026年10月31日 in a one-year 2025 project whose goal says
  年内); T108 warning (row: 火情报告平均时长 大于等于 15分钟).
* kbe17-tower-stacked-years: D202 warning (新建视频监控点位 ≥45个 copied into 年度); D201 error
  (改造瞭望塔数量 年度 14座 above the two years' 10座).

25 required marks; 22 of them are found only by comparing one part of the return with another
(goal text, dates, 中期 / 年度, duplicates, tier-2, cost × count, money parts, leftovers).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and a
注 row explaining the total (kbe01, kbe07); `=100%` as text on 处理率 / 合格率 (kbe01, kbe18);
下降率 with ≥ (kbe01, kbe03, kbe05); 0起 / ≤0起 on incident counts (kbe01, kbe03, kbe05, kbe15);
the same indicator name with different values in two stacked projects (kbe03); a unit cost ×
count equal to the money (kbe07, kbe18) or within it (kbe01, kbe05, kbe12, kbe13, kbe15); a
period count in 中期 beside a smaller year's count, rates and lifetimes equal in both columns
(kbe13); a later year the work prepares for (为2028年…, kbe13; 为2027年…, kbe05); 100 points
both ways and a rate raised in 百分点 (kbe12, kbe09); ‰ rates (kbe13, kbe15); fill dates in the
year before (all returns, kbe18 on a date cell); typed percent cells (kbe05, kbe07, kbe09, kbe13,
kbe15, kbe18); 合计 rows under flat lists (kbe04, kbe09).

Judgements where a reviewer could hesitate:

* kbe04: the two budget splits disagree; 基本 + 项目 = 412 matches the total, so the mark sits on
  the row (the finding may land at 资金总额 or 财政拨款). The near-duplicate is a warning (D103),
  not the error of a conflicting duplicate, since 及其制品 could be read as a wider scope.
* kbe06: the title, goal and deadline say 2025 and only the plan dates say 2024, so the dates are
  the leftover; Y101 and Y102 are both accepted on that row.
* kbe10: B107 stays a warning (other money could top up the subsidy), though the product is 1.5×
  the whole budget.
* kbe17: the copied or oversized annual counts make their unit cost × count exceed the annual
  money; that consequence is tolerated (`ok`) at the annual cost cells, not required.
* kbe13: the text 为2028年… names a year beyond 2025–2027 as what the work prepares for; not
  marked. kbe05's 为2027年… likewise.
* D104 marks sit on the indicator row; a finding at the goal cell would not match them.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout723 import nursery, quarantine, towers
from tests.variants.holdout723.registry import HOLDOUT723
from tests.variants.kit import Variant

MODULES = (quarantine, nursery, towers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT723, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 723rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
