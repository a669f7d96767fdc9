"""The 764th held-out set: 18 invented returns of a county rural-revitalisation bureau
(栖梧县乡村振兴局, all names, people, phones and figures invented), written blind, with a
careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: a cooperative (合作社) cold-chain subsidy (``coldchain``: kct01–kct06), a 'one village
one product' (一村一品) brand programme (``brand``: kct07–kct12) and rural-road maintenance
jobs for low-income households (公益性岗位) (``roadjobs``: kct13–kct18). Nine returns are
correct, nine carry 2–3 planted mistakes (25 required marks), most of them found only by
comparing one part of the return with another.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 money and goals),
department heads with a budget block and key tasks with a 金额合计; NAT-2021 and OLD-NAT tiers
merged down; tier labels numbered with points (一、产出指标（40分）, （一）, 1.); a tier-1 score
column beside an indicator score column; a flat list (指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值); operators in words in their own column; 指标性质 as direction with 指标方向 as operator;
unit columns; headers 指标内容 / 绩效标准, 考核指标 / 目标值（年度）, a two-row 中期 / 年度 header;
stacked projects; a budget-system export (05-1 / 05-2 sheets, codes in the first columns,
header on the third row); note, 说明 and 填表说明 rows, a header repeated after a page break,
signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kct02-coldchain-goal-gaps: D104 ≤warning at the 新建合作社冷库 value (row; goal 15座,
  indicator 12座); Y102 ≤error at the 冷库建成投用时间 value (row, alt D104; 2026年6月30日前 in a
  one-year 2025 project whose goal says 10月底); B107 ≤warning at the 单座冷库补助标准 value
  (row; 30万元 × 12座 = 360万元 > 300万元).
* kct04-coldchain-period-slips: D104 ≤warning at the 年度 移动预冷设备 value (row; 年度目标
  20台套, indicator 25); D201 ≤error at the 年度 冷链物流线路 value (10条 > 8条); D202 ≤warning
  at the 年度 培训冷链操作员 value (the two-year 200人次 copied).
* kct06-coldchain-stacked: D101 ≤warning (row, alt D103) at 冷库运营补贴合作社数量, the row
  above again with a word more; F201 ≤warning (row) at 冷库温湿度记录合格率 under 时效; B101
  ≤error at the second project's 年度资金总额 (24 + 8 ≠ 30).
* kct08-brand-tier-points: F201 ≤warning (row) at 新增绿色食品认证产品 (a count under 质量) and
  at 品牌消费者满意度 (a satisfaction rate under 社会效益); W103 ≤error at the label
  三、效益指标（30分） (indicators 25分); W101 ≤error tolerated at book level (same problem).
* kct10-brand-department: B102 ≤error at the tasks' 金额合计 (240 + 120 + 200 ≠ 580); D104
  ≤warning (row) at 建成一村一品示范村 (goal and task 8个, indicator 6个); Y103 ≤warning (row,
  alt Y101) at the name 2024年度品牌农产品线上销售额 in a 2025 return.
* kct12-brand-template-leftovers: X101 ≤error (row) at the example row （示例）…XX期 / ≥XX人次;
  D103 ≤warning (row, alt D102, D104) at 品牌香菇电商销售额 ≥600万元 under 可持续影响, the
  线上销售额 ≥500万元 of 经济效益 (and of the goal) again.
* kct14-roadjobs-direction-column: D104 ≤warning (row) at 安置…劳动力 120 (goal 150人); Y102
  ≤error (row, alt Y101, D104) at the date cell 2024-12-31 of 年度考核完成时间; T108 ≤warning
  (row) at the ≥ of the 反向 岗位补贴标准.
* kct17-roadjobs-money-gaps: B101 ≤error at 年度资金总额 (270 + 20 ≠ 300); F201 ≤warning (row)
  at 路面病害上报及时率 under 质量; B107 ≤warning (row) at 岗位补贴标准 (2000 × 150 × 12 = 360万元).
* kct18-roadjobs-artefacts: Y101 ≤error at book level (alt Y102; plan dates in 2025 under a
  2026 title and goal); X104 ≤warning at the text cell 46326 of 年度考核完成时间.

Legitimate look-alikes in the correct returns: kct01 a goal count with its parts in brackets
(12座（其中预冷库4座、气调库8座）), a standard × count equal to the fiscal money (25 × 12 =
300), 损耗率降低幅度 ≥3百分点 beside 损耗率 ≤8%, a typed 100%; kct03 2028年 in the 中期目标
as the year the work prepares for, period counts above the year's, equal rates and unit costs,
costs exactly filling both money columns; kct05 an export with =/100/% and a date cell;
kct07 a flat list (no tiers) with typed percents and 安全责任事故 ≤0起; kct09 points given at
both levels (100 both ways) and ≥10百分点; kct11 a note row and a repeated header inside the
table, a 说明 explaining the 2500吨 total (含线上800吨), a fill date in the year before;
kct13 word operators, 超时率 ≤5%, 0起, 1800 × 120 × 12 + 300 × 120 = 262.8万元 exactly;
kct15 300人次 over two years beside 150 a year; kct16 the same names with other values in
two stacked projects.

Judgements where a reviewer could hesitate: kct15's 管护农村公路里程 ≥620公里 in both columns is
the same network kept each year (the goal says 保持在620公里以上), not a copied cumulative count,
so a D202 there is tolerated (ok ≤warning), not asked for; kct02's Y102 is an error because a
one-year project cannot finish the next year, while its B107 stays a warning (a standard is a
cap, not spending); kct12's two sales indicators differ by a word (线上 / 电商), so the reviewer
asks about them (warning) rather than calling them a conflict; kct10's 2024年度 name is read as
a leftover (Y103) rather than a deliberate baseline because it carries a 2025 target; kct06's
first-project duplicate has equal values (D101, D103 accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout764 import brand, coldchain, roadjobs
from tests.variants.holdout764.registry import HOLDOUT764
from tests.variants.kit import Variant

MODULES = (coldchain, brand, roadjobs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT764, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 764th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
