"""The 297th held-out set: 18 invented returns on employment and entrepreneurship (就业创业:
创业担保贷款贴息, 职业技能培训补贴, 公益性岗位, 零工市场, 高校毕业生见习), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Budget year 2025 throughout; all
places (柘岭市, 澄湾区, 栖枫县), units, people, phone numbers and figures are invented.

Modules: ``loans`` (创业担保贷款贴息 and incubation, su01–su06), ``training`` (skills-training
subsidies and traineeships, su07–su12), ``posts`` (公益性岗位, 零工市场, 见习, su13–su18).

Layouts: project heads with money in 万元 carried by the number format; department heads with
budget and key tasks; an operator column headed 指标性质 (su01, su02); operators inside the
values (su03, su04, su13, su14, su18); two stacked projects in one sheet (su03, su04); tier-1
points in a score column (su05) or in the labels (su06); flat department lists (su07, su08);
中期 and 年度 columns (su09) and a two-row header 绩效目标值 over 实施期 / 年度 (su10); the table
on a second sheet under 预期实现值 (su11); headers 指标内容 / 绩效标准 / 备注 with note,
说明, 填表说明 and signature rows (su12); tier labels with * and abbreviations (su13); 小计 rows,
a 说明 row and the header repeated after a page break (su15); a 预算管理一体化 export with
sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2, header on the third row and codes in the
first columns (su16); direction in 指标性质 and the operator in words in 指标方向 (su17);
numbered tier labels (su05, su18).

Planted mistakes (23 required marks on 9 returns; highest accepted severity in brackets):

* su02: T108 (warning, row) 贷款不良率 with ≥; T106 (error) 拨付到位率 typed as 105%, at the
  value; T108 (warning, row) 审核办结时间 with ≥, at the operator.
* su04: B101 (error) second project's 年度资金总额 90 ≠ 70 + 15, at the total; T105 (error)
  创业园场地入驻率 ≥40户, at the value.
* su06: W103 (error) at 产出指标（50分） (indicators 45) and at 效益指标（30分） (indicators 35);
  the two errors compensate, so the indicator total is 100; F109 (warning, row) an empty
  生态效益指标 row.
* su08: T112 (error) ≥12万元 against the unit 门; T108 (warning, row) 投诉率 with ≥;
  W101 (error, book level) weights 95.
* su09: D204 (warning) at the 年度目标 cell, copied from 中期目标; D201 (error) 新认定见习基地
  36 a year against 30 over three years, at the annual cell; D202 (warning) 募集见习岗位
  2400 copied into the annual column, at the annual cell.
* su11: X105 (warning, X103 accepted) 年度资金总额 "186.5 4" stored as text, read 186.54 (then
  170.54 + 16 adds up); X104 (warning) 计划完成日期 "46022" (2025-12-31) as text.
* su14: B101 (error, row) 资金总额 1150 ≠ 基本支出 380 + 项目支出 760; B102 (error) tasks
  520 + 140 + 110 = 770 against 金额合计 760, at the 金额合计 cell.
* su16: T120 (warning) 接入零工驿站数量 typed as 90%; T113 (warning) 信息平台上线时间 typed as
  100%.
* su18: F110 (error) an empty name with value =100%, at the name cell; T108 (warning, row)
  岗位安全事故发生率 ≥1%; F105 (error) 2.时效指标 under 三、效益指标, at the tier-2 cell.

Legitimate look-alikes in the correct returns: typed percent cells (su01, su10, su16, su17) and
bare numbers with % in the unit column (su07, su17); =100% on accuracy and 清零 rates (su03,
su05, su07, su13); =0起 / 等于 0 起 on accident counts (su07, su17); ≤ on 逾期率 and 流失率;
登记失业青年人数下降率 正向 大于等于 5% (su17); 100 both ways with tier and indicator scores
(su05); 比上年提高≥2百分点 on a 比例 (su05); the same name with different values in stacked
projects (su03 创业者满意度); a unit cost × count equal to its money (su05 0.3 × 1000 = 300,
su06, su13 1.2 × 1400 = 1680 task) and a footnote explaining the total (su12 600 × 800 +
300 × 1600 = 96万); rates, times and qualitative values equal in the 实施期 and 年度 columns of
a two-year project while counts fall (su10); fill and signature dates in 2024 (su01, su02, su07,
su12, su15, su17, department heads); 小计, 合计, 说明, 注, 填表说明 and a repeated header (su12,
su15); 定性 in the direction or operator column for a grade (su02, su17).

Judgements where a reviewer could hesitate:

* su06 could be read as one problem (tier points wrong) or two; marked at each tier whose
  indicators do not add up, since both cells are wrong on their own.
* su14: which of 资金总额, 基本支出 or 项目支出 is wrong is unknown, so the B101 mark is a row
  mark; 金额合计 760 equals 项目支出, so the task lines are what does not add up (B102).
* su16: a count or a deadline typed as a percent is doubtful rather than impossible: warnings;
  the unit column is left empty on those rows so no unit conflict arises.
* su11: a split number is read as joined (then the money adds up), so no B101 is asked for;
  the date serial reads as 2025-12-31, inside the budget year.
* su09: 见习协议签订率, 及时率, 留用率 and the unit cost equal in both columns are rates and
  standards, not cumulative counts, so only the copied 2400 is marked D202.
* Unit costs are only multiplied by counts of the same unit (万元/户 × 户, 万元/个 × 个).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout297 import loans, posts, training
from tests.variants.holdout297.registry import HOLDOUT297
from tests.variants.kit import Variant

MODULES = (loans, training, posts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT297, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 297th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
