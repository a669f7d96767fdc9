"""The 457th held-out set: 18 invented returns of 赭岭县 (自然资源局, 墨峦火山地质公园管理中心,
火山地质监测站) on volcano geopark interpretation and trails (yy01–yy12) and geological
monitoring (yy13–yy18), budget year 2025, with a careful reviewer's marks per domain.md.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks, one
with 万元 only in the number format; department heads with budget, tasks and 金额合计; OLD-NAT
and NAT-2021 tiers merged down; operator columns, unit columns, 指标性质 as direction with
指标方向 as operator; flat lists (two column orders); numbered tier labels with points and
``*``; tier-1 and indicator score columns; two stacked projects; three-year projects with 中期
and 年度 columns; headers 指标内容 / 绩效标准, a 注 row, a header repeated after a page break,
填表说明 and 说明 rows, a money detail block; a budget-system export with codes in the first
columns, money on 「部门项目支出预算05-1」 and indicators on 「部门项目支出绩效目标05-2」 under a
third-row header.

Planted mistakes (return: code, highest accepted severity, place):

* yy02: T106 error at the value cell of 导览解说图文准确率 (105 % typed in Excel); T108 warning
  (row) at the ≥ of 导览服务投诉率; T108 warning (row) at the = of 单套导览设备采购成本.
* yy04: T105 error (row) at the value 12 (unit 场) of 周边乡镇学校讲解服务覆盖率; T112 error at
  ``8期`` under unit column 人; W101 error, book level (weights add to 95).
* yy06: F105 error at the tier-2 label （3）生态效益指标 under 1.产出指标; F110 error at the empty
  name cell of a row valued ≥95%.
* yy08: B101 error at the second project's 年度资金总额 (56 ≠ 50 + 9); T105 error at
  ``4公里`` for 防滑处理验收合格率.
* yy10: D201 error at the annual ≥14公里 (period ≥10公里); D202 warning at the annual cells of
  标识牌 ≥150块 and 休憩点 ≥12处 copied from 中期.
* yy12: B107 warning (row) at 每公里面层修复成本 ≤1.5万元/公里 (× 20公里 = 30 > 25); B102 error
  at the detail block's 合计 (12 + 8 + 3.5 = 23.5 ≠ 25).
* yy14: W103 error at the 产出指标 score 40 (indicators 45) and the 效益指标 score 30
  (indicators 25); T113 warning at ``100%`` for 异常热点预警发布时限.
* yy16: X105 warning (X103 accepted) at the total ``36.5 8``; X104 warning at the text
  ``45991`` for 年度监测报告提交时间.
* yy18: T108 warning (row) at the ≤ of the 正向 count 地面形变校验点位; T108 warning (row) at
  the ≥ of the 反向 rate 监测数据传输误码率; F109 warning (row) at the empty 生态效益指标 row.

Legitimate look-alikes in the correct returns: ``=`` with 100 % on an audit rate (yy01 as a
percent cell, yy05 as text) and a 护栏 验收合格率 ``=100%`` (yy07); ≤ on 差错率 and 投诉率
(yy01, yy03); 0起 / ≤0 on accident and incident counts (yy03, yy07, yy13, yy17); a 下降率 with ≥
(yy13, yy17; yy08's 能耗下降率 too); ``≥5百分点`` on a coverage rate raised (yy13); 100 both
ways with tier and indicator points (yy05 in the labels, yy13 in columns); the same indicator
name 游客满意度 with 90 % and 92 % in two stacked projects (yy07); rates and a design life equal
in 中期 and 年度 while counts stay below their period (yy09); 注, 说明, 填表说明, signature rows,
a repeated header and a fill date in 2024 (yy03, yy11); a 定性 operator with ``及时`` (yy15).
Every unit cost × count stays within its money (yy01 54 ≤ 86, yy07 102 ≤ 120 and 43.2 ≤ 48,
yy09 720 ≤ 900 and 240 ≤ 300, yy13 96 ≤ 210, yy15 50.4 ≤ 96, yy17 72 ≤ 130).

Judgements: ``=`` on a unit cost (yy02) is a doubtful cap, a warning; a coverage rate in 场 is a
rate given as a count (error), while its unit column agrees with it, so the mark is a row mark;
yy07's satisfaction cells are typed percents without an operator (at most info); yy12's B107 is
only a warning since a cap above the budget is doubtful, not impossible; yy14's scores add up
to 100 at both levels, so W101 is not asked for; yy16's ``36.5 8`` read as 36.58 makes the money
add up, so no B101 is asked for; the empty template row of yy18 has its tier-1 merged from above.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout457 import interpretation, monitoring, trails
from tests.variants.holdout457.registry import HOLDOUT457
from tests.variants.kit import Variant

MODULES = (interpretation, trails, monitoring)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT457, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 457th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
