"""The 325th held-out set: zoos and wild animal rescue centres (城市动物园运营, 动物福利改善,
野生动物救护中心, 科普研学, 游园安全). 18 invented returns, 9 correct, 24 required marks. Places,
units, people and phone numbers are invented (澜屿市, 雁丘县, 鹭栖动物园, …); budget year 2025.

Layouts: project heads with 万元 money blocks (one-year and multi-year), department heads with a
share row and key tasks, tier-1 and tier-2 merged down, an operator column (symbols or words),
a direction column, unit columns, tier-1 and indicator score columns, numbered / pointed /
marked tier labels, a two-row header (考核指标 · 绩效标准 · 目标值（年度） · 评价标准), headers
预期实现值, stacked projects, flat lists, 中期 and 年度 columns, a header repeated after a page
break, notes and 填表说明, signature lines, a budget-system export on two sheets with codes in
the first columns.

Planted mistakes (return: code, highest accepted severity, place):

* tw02-zoo-percent-wrong: T106 ≤error at the 消防设施检测合格率 value typed as 105%; T108
  ≤warning (row) at the ≥ of 游客意外伤害发生率.
* tw04-welfare-points-wrong: W103 ≤error at the 产出指标 tier score 40 (indicators 45) and at
  the 效益指标 tier score 30 (indicators 25); F105 ≤error at （三）时效指标 under 二、成本指标.
  Both levels still add to 100, so no W101.
* tw06-zoo-department-wrong: B101 ≤error (row) at 资金总额 1468 (基本 + 项目 = 1458); B102
  ≤error at 金额合计 565.5 (tasks 558.5); F110 ≤error at an empty name cell under 质量指标.
* tw08-rescue-stacked-wrong: X105 ≤warning alt X103 at the second project's 年度资金总额
  ``52.736 8`` (read as 52.7368, which then adds up); T105 ≤error (row) at 样本送检合格率 320份.
* tw10-rescue-multiyear-wrong: D204 ≤warning at the 年度目标 copied from 中期目标; D201 ≤error
  at the annual 野外巡护里程 ≥1800公里 (period ≥1500公里); T108 ≤warning (row) alt D203 at the
  annual 收容动物死亡率 ≥15% (period ≤15%).
* tw12-rescue-flat-wrong: T108 ≤warning (row) at 救护站点乡镇覆盖率 ≤90% (正向); T112 ≤error
  at 保护知识宣传受众 ≥1800只 against the unit column 人次; W101 ≤error book level (weights 95).
* tw16-study-headers-wrong: F110 ≤error at the empty name under 质量指标; F109 ≤warning (row)
  at the template tier-2 生态效益指标; T101 ≤error (row) at the empty value of
  巡展展板重复使用次数.
* tw17-study-page-break-wrong: X104 ≤warning at 计划完成日期 typed as the text ``46022``; D102
  ≤error (row) alt D101, D103 at 志愿者培训人次 ≥260人次 after the page break (≥300人次
  above it).
* tw18-study-direction: T108 ≤warning (row) at 大于等于 on 营地意外伤害发生率; T108 ≤warning
  (row) at 等于 on 人均活动成本 (a cost cap); T115 ≤error at the 0 of 营地睡袋帐篷购置单价
  in 万元/套.

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(tw01, tw11), ``0.0%`` and ``0.00%`` formats, shares of the budget (tw05); ``=100%`` on
合格率 / 及时率 at the ceiling (tw01, tw05, tw07, tw09, tw11, tw14); ``≤0起`` and ``0起`` on
incident counts (tw01, tw05, tw15); a 下降率 with ≥ (tw03); ``比上年提高≥5百分点`` (tw03);
tier points and indicator points both adding to 100 (tw03); tier points adding to 90 with a note
that 预算执行率 is scored apart (tw15); a cost cap equal to its task budget (tw05) or to the
project budget (tw14); unit cost × count within the money everywhere (e.g. 180万人次 × 2.1元 =
378万 ≤ 386.5万 in tw01); the same satisfaction indicator with different values in two stacked
projects (tw07); rates and unit costs equal in the 中期 and 年度 columns of a three-year project
while counts are lower each year (tw09); a 合计 row in a flat list (tw11); an instruction row,
注 lines explaining a total, 填表说明, signature lines and fill dates in 2024 (tw13, tw11);
a budget-system export with codes and the indicator header on the third row of a second sheet
(tw14).

Judgements where a reviewer could hesitate:

* tw05 / tw15 ``0起`` without an operator on an incident count is a fixed target of zero, not a
  missing operator worth more than info, and not a T115 zero cost.
* tw06: the B101 mark is a row mark on the budget row, since the finding may name either total.
* tw08: the split number is only a warning; once read as 52.7368 the money adds up, so no B101.
* tw10: D203 (operators differ between columns) names the same slip as the T108, hence alt.
* tw16: a name without a value is T101 at error (the return is incomplete); the empty tier-2
  row carries no name and no value, so it is F109 only, not F110.
* tw17: the repeated indicator after the page break is a conflicting duplicate (D102), not
  the repeated header row; the repeated header itself is not marked.
* tw18: ``等于`` on 人均活动成本 is marked T108 as domain.md §4.2 rule 7 flags ``=`` on a cost
  cap; a reviewer might accept it as a fixed standard, hence at most a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout325 import outreach, rescue, zoo
from tests.variants.holdout325.registry import HOLDOUT325
from tests.variants.kit import Variant

MODULES = (zoo, rescue, outreach)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT325, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 325th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
