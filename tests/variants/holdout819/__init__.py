"""The 819th held-out set: rural sewage treatment (村级污水处理站, 污水管网, 出水水质监测).

Eighteen invented returns of 鹭汀县 (towns 栖梧镇, 禾渚镇, 枫坪乡; villages 雁湾村, 苇塘村,
石埠村, 桑岭村, 茭头村), half on building stations and pipe networks, half on running and
monitoring them. Nine are correct; nine carry 2–3 planted mistakes (25 required marks, 20 of
them found only by comparing one part of the return with another). Budget year 2025 (kew11:
2026). Money in 万元, the unit often only in the number format.

Layouts: project heads (§3.1) with one value column, an operator column (指标性质) and a unit
column, 中期 and 年度 columns (two- and three-year projects), a 分值 column; department heads
(§3.2) with key tasks; a flat department list (kew05); two projects stacked in one sheet
(kew02, kew17); a budget detail block above the table (kew07, kew08); a table on a second sheet
under a two-row header 预期实现值 with the header repeated after a page break (kew11); a
budget-system export with codes in the first columns and the header on the third row (kew18).
Header words 绩效目标值, 指标内容 / 绩效标准, 预期实现值; tier labels numbered with points
(kew03, kew09), marked ★/* and abbreviated (kew10, kew12).

Planted mistakes (return: code, highest accepted severity, place):

* kew02-station-stacked: D104 ≤warning at the first project's 提标改造站点数量 row (goal 8座,
  indicator ≥6座); B101 ≤error at the second project's 年度资金总额 (80 + 10 ≠ 95); Y103
  ≤warning (alt Y101) at the second project's 年度目标 (a leftover 2023年).
* kew04-station-three-years: D202 ≤warning (alt D104) at the 年度 配套管网铺设长度 copied from
  中期 (the 年度目标 says 20公里); D201 ≤error at the 年度 受益农户数 ≥6800户 above the period's
  6000户; Y102 ≤error (row; alt Y103, Y101) at the 年度 完工时间 2024-12-31 before the start.
* kew06-station-note-rows: F201 ≤warning (row) at 出水水质检测合格率 under 时效指标; D102
  ≤error (row; alt D103, D101) at 站点出水达标率 ≥95% under 生态效益, the same rate as
  站点出水水质达标率 ≥90% under 质量指标.
* kew08-network-cost: B102 ≤error at the detail 合计 (420 + 40 + 26 = 486 ≠ 480); B107
  ≤warning (row) at 截污管网铺设单价 ≤45万元/公里 × 12公里 = 540 > 480; T108 ≤warning (row)
  at the ≥ of 管网渗漏率.
* kew10-network-repair: X104 ≤warning at 修复完成时间 "45961" (a date serial typed as text);
  Y103 ≤warning (row; alt Y101) at 2024年排查破损点修复数量 (last year's task).
* kew12-network-department: B102 ≤error at 金额合计 440 (tasks add to 420); D104 ≤warning
  (row) at 管网排查修复长度 ≥24公里 (goal and task: 42公里); F201 ≤warning (row) at
  沿线群众满意度 under 社会效益.
* kew14-monitor-online: D104 ≤warning (row) at 在线监测设备运维站点 35 (goal: 38座); T106
  ≤error at 设备运行合格率 typed 102%; B107 ≤warning (row) at 单站年度运维费用 2万元/座 × 38 =
  76 > 60.
* kew16-monitor-third-party: Y101 ≤error (alt Y102) at 计划完成日期 2026-12-31 of a 3-year
  project (2025—2027); D204 ≤warning at the 年度目标 copied from the 中期目标; D202 ≤warning at
  the 年度 累计站点巡检站次 copied from 中期.
* kew18-monitor-export: F110 ≤error at the empty name of a row with ≥95%; F109 ≤warning (row)
  at the template tier-2 经济效益指标 left without indicator; D101 ≤warning (row; alt D102,
  D103) at the second 出水化学需氧量达标率 under 生态效益指标.

Legitimate look-alikes in the correct returns: typed percents (pct) and `=100%` at the ceiling
(kew01, kew13); 村庄生活污水直排口数量下降率 ≥80% and 出水氨氮超标站次下降率 ≥30% (a 下降率
with ≥); 施工安全事故发生数 ≤0起 and 监测数据弄虚作假事件 =0起; a goal count with its parts in
brackets (kew01 12座 = 8 + 4; kew05 384站次 = 96座×4; kew07 640户 = 380 + 260); unit cost ×
count within or equal to its money (kew07 38 × 8.5 = 323 = its detail line; kew13 1.2 × 45 =
54 ≤ 60; kew15 0.4 × 384 ≤ 170); tier points in the labels and indicator points both adding to
100 (kew03, kew09, with a 合计 row in kew03); rates raised in 百分点; a later year the work
prepares for (kew03 2027年推广, kew09 2026年 inside the period); 中期 counts above the year's
beside equal rates and unit costs (kew09, kew15); 反向 rates with ≤ / 不高于 (kew05, kew15);
the same indicator name with different values in two stacked projects (kew17); fill and
signature dates in the year before the budget year; a footnote explaining the detail total
(kew07); 合计, 填表说明 and 说明 rows that are not indicators.

Judgements: the 年度 完工时间 before the start (kew04) and a plan end that shortens the stated
项目期 (kew16) are impossibilities, so errors are accepted; the duplicated rate with two values
(kew06) is a conflicting duplicate (error accepted), the one with equal values (kew18) only a
warning. A copied cumulative count that also contradicts the 年度目标 (kew04) accepts D104. The
cost excess (B107) stays a warning since a unit cost is a cap. Bare typed percents without an
operator on 正向 rates (kew03, kew09, kew11) are read as targets, not marked. In kew15 the
反向 出水超标站点比例 is ≤5% over the period and ≤10% in the first year: a stricter end target,
not an annual value above the period's.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout819 import monitoring, network, stations
from tests.variants.holdout819.registry import HOLDOUT819
from tests.variants.kit import Variant

MODULES = (stations, network, monitoring)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT819, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 819th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
