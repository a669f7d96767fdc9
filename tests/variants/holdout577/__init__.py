"""The 577th held-out set: invented returns of 榨菜 (pickled mustard tuber) and 粽子 (zongzi)
food parks, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Places, units, people, phone numbers and figures are invented (砚江县 for the 榨菜 park, 苇塘区
for the 粽子 park, 枫渚市 for the city's joint food park). Budget year 2025 throughout.

Layouts
-------
``tuber.py`` (榨菜, do01-do06): project heads, OLD-NAT and NAT-2021; operator and unit columns
with typed percent cells (do01); one value column (do02, do05); three-year 中期/年度 columns
(do03); numbered tier labels with points and an indicator score column (do04); abbreviated
labels 产出/数量 (do05); the table on a second sheet under a two-row header 预期实现值 (do06).
``zongzi.py`` (粽子, do07-do12): a department flat list 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值 (do07); project heads with one value column (do08, do09, do12); a two-year project with
中期/年度 columns and a unit column (do10); operators in words in a 指标方向 column (do11); a 说明
row between tiers, footnote, 填表说明 and signature lines (do12).
``parks.py`` (both, do13-do18): department heads with key tasks (do13, do14); two projects
stacked in one sheet (do15, do16); a budget-system export, money on sheet 05-1 and indicators on
sheet 05-2 with codes in the first columns, header on the third row and repeated after a page
break (do17); a tier-1 score column beside an indicator score column (do18).

Planted mistakes (24 required marks; 16 of them need reading across the table)
--------------------------------------------------------------------------------
* do02-tuber-goal-text: D104 ≤warning, row of 青菜头保护价收购量 (年度目标 says 2.5万吨, the
  indicator ≥3万吨); T108 ≤warning, row of 亚硝酸盐超标批次率 ≥1%; B107 ≤warning, row of the
  收购补贴标准 ≤150元/吨 (× 3万吨 = 450万元 > 年度资金 300万元).
* do03-tuber-multi-year: D201 ≤error at the annual 检测批次 ≥1.5万批次 (period ≥1.2万批次);
  Y102 ≤error (alt Y103) at the 中期 竣工验收时间 2028年6月30日前 (项目期 2025—2027).
* do05-tuber-template: X101 ≤error at ``≥**个``; F201 ≤warning, row of 腌制车间改造按时完工率
  under 质量; F109 ≤warning, row of the empty 时效 tier-2.
* do08-zongzi-artefacts: Y102 ≤error (alt Y101) at 计划完成日期 2026-03-31 of a one-year 2025
  project; X102 ≤warning at the ``<p>`` 年度绩效目标; X104 ≤warning at the text ``45839`` given
  for 生产线投产日期.
* do09-zongzi-duplicates: D103 ≤warning (alt D102), row of 冷链配送网点数量 ≥25个 against
  速冻粽子冷链配送网点 ≥30个; D104 ≤warning, row of 带动订单种植户 ≥600户 (目标 800户).
* do11-zongzi-word-operators: Y101 ≤error at the title 2024年度 (plan dates 2025); T106 ≤error at
  the typed 105% 追溯信息抽查准确率; T108 ≤warning, row of 数据丢失率 with 大于等于.
* do14-park-department-wrong: B102 ≤error at 金额合计 600 (tasks 250+200+120 = 570); F110 ≤error
  at the empty name of a row valued ≥6个; D104 ≤warning, row of 新增规上加工企业 ≥10家 (年度
  总体目标 12家).
* do16-park-stacked-wrong (second project): Y102 ≤error (alt Y103) at 2024年5月20日前 in a 2025
  project; F201 ≤warning, row of 粽子蒸煮杀菌合格率 under 时效指标.
* do18-park-points: W103 ≤error at the 成本指标 score 10 (indicators 15) and at the 效益指标 score
  30 (indicators 25); B107 ≤warning, row of 培训补助标准 ≤800元/人 (× 1500人 = 120万元 > 100万元).

Legitimate look-alikes in the correct returns
---------------------------------------------
do01: goal text repeating its counts (40口, 2条, 90%) with the same values, =100% at the rate
ceiling, a 渗漏发生率 with ≤, a rate raised ≥5 百分点, typed percent cells with % also in the
unit column, 3万元/口 × 40口 = 120 ≤ 200. do04: points both in the tier labels and per indicator
(each level 100, with a 合计 row), 食品安全事故 =0起, two similar names that measure different
things (榨菜丝成品抽检合格率 / 榨菜原料入池合格率). do06: 2026 named on purpose in the 年度目标 (the
next step after this year's work). do07: 粽叶农残超标批次下降率 ≥10%, 食品安全事故 = 0, a 合计
row of weights. do10: annual counts below the period counts, equal rates and unit cost in both
columns, 化肥使用量增长率 ≤0% (零增长), 2026 dates inside the two-year period. do12: a 说明 row
between tiers, a footnote explaining the 签约采购金额 total, a fill date in 2024. do13: the goal
text sums two indicators (120 = 70 + 50), tasks add to 项目支出, 1200元 × 1500批次 = 180万元 within
its task. do15: 产品抽检合格率 ≥98% in one project and ≥97% in the other. do17: 250元 × 2400批次 =
60万元 exactly the 耗材及运维 line, the header repeated after a page break, a 合计 line.

Judgements
----------
* D104 is marked on the indicator's row (the message names the indicator), not on the goal text.
* Two names for one count (do09) are marked D103 ≤warning with D102 accepted: the reviewer asks
  which value holds rather than calling it impossible.
* A completion date outside the project period or before the budget year (do03, do08, do16) is
  an impossibility for the plan: error accepted, Y103 or Y101 accepted as alternatives.
* B107 is a warning: a subsidy standard is a cap, the reviewer asks how the money suffices.
* A cost cap equal to the budget (do11 运维费用 ≤85万元, do17) is not exceeding it.
* A year named on purpose in a goal (do06: 2026年创建…打好基础) is left unmarked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout577 import parks, tuber, zongzi
from tests.variants.holdout577.registry import HOLDOUT577
from tests.variants.kit import Variant

MODULES = (tuber, zongzi, parks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT577, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 577th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
