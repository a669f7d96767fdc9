"""The 753rd held-out set: 18 invented returns of 柘岭市商务局 (a city commerce bureau), written
blind, to measure ``goalbook check`` out of sample. Aim: checks across the table.

Theme: a county-level logistics distribution centre (桐陌县, 雁汀县; ``centre.py``, kci01–kci06),
a consumption-voucher campaign (``vouchers.py``, kci07–kci12) and a time-honoured brand (老字号)
revival fund (``brands.py``, kci13–kci18). Budget year 2026 throughout; money in 万元, carried
only by the number format.

Layouts: project heads with one- and two-line money blocks; department heads with budget and
task blocks; a unit column beside the value; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 as
operator · 指标值); multi-year projects with 中期 and 年度 columns; two projects stacked in one
sheet; a budget-system export (codes in the first column, table on a second sheet under a
title and a unit line); tier labels numbered with points (一、产出指标（40分）, （一）, 1.),
marked (★, *) or abbreviated (数量, 成本); header words 指标内容 / 绩效标准, 预期目标,
绩效目标值, 目标值（年度）, a two-row header; 注 / 说明 / 填表说明 rows, a note row inside the
table, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kci02-centre-village-points: D104 ≤warning at the 服务点建设数量 value (goal 36, indicator
  ≥30); Y102 ≤error alt Y103 at the 服务点建成时间 date cell (2025-10-31 in a 2026 project);
  B107 ≤warning (row) at the unit cost (8万元 × 36 = 288 > 200).
* kci04-centre-two-years: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the annual 前置仓 count (10 > period 8); D202 ≤warning at the annual 冷藏车 count
  (cumulative count copied).
* kci06-centre-export: D101 ≤warning alt D103 (row) at 日均统一调度订单量 (duplicate of
  日均调度订单量 with a word more); F201 ≤warning (row) at 订单数据完整率 under 时效指标.
* kci08-voucher-flat-wrong: D104 ≤warning at the 消费券发放金额 value (goal 3000, value 2500);
  W101 ≤error book level (weights add to 95).
* kci10-voucher-tiers-wrong: Y102 ≤error alt Y103, Y101 at the 年度绩效目标 text (deadline
  2025年12月底 in a 2026 project); D102 ≤error alt D103 (row) at 参与活动餐饮商户数 ≥600 (the
  same count is ≥800 under 数量指标); F201 ≤warning (row) at 消费者满意度 under 社会效益指标.
* kci12-voucher-department-wrong: B101 ≤error at 资金总额 (3400 + 200 ≠ 3650); B102 ≤error at
  金额合计 (2000 + 600 + 300 = 2900 ≠ 3000); D104 ≤warning at 带动社会消费金额 (goal 8亿, ≥6).
* kci14-brand-template: D104 ≤warning at 展销活动场次 (goal 4场, ≥6); F110 ≤error at the empty
  name cell of a 质量 row with a value; F109 ≤warning (row) at the empty 时效指标 template row.
* kci16-brand-dates: Y104 ≤error alt Y102 at 计划完成日期 (2025-12-31 before 2026-03-01); Y102
  ≤error alt Y103 at 改造完成时间 2027-06-30 in a one-year project; B107 ≤warning (row) at the
  unit cost (30万元 × 10 = 300 > 250).
* kci18-brand-leftovers: T110 ≤warning alt D104 (row) at 品牌推广活动12场 │ ≥10; X101 ≤error at
  the template example row's ``≥**次``; F201 ≤warning (row) at 街区接待游客人次 under 质量指标.

Legitimate look-alikes in the correct returns: kci01 货损率 ≤0.5% (反向), 配送安全事故 =0起,
=100% (typed pct(1)) on a 合格率, a goal count with its parts in brackets (12 = 4 + 8), unit cost
15 × 12 = 180 within 260; kci03 a later year the work prepares for (为2029年全市推广…) in a
2026–2028 project, period counts beside smaller year counts, rates equal in both columns;
kci05 日均配送单量 with different values in two stacked projects; kci07 a typed percent and a
投诉率 with ≤ in a flat list; kci09 tier points and indicator points both adding to 100, a rate
raised in 百分点; kci11 goal money with its parts in brackets, a note row inside the table,
tasks adding to 金额合计 = 项目支出; kci13 unit cost 20 × 15 = 300 equal to the money,
fill date in 2025; kci15 period counts three times the year's, typed percents equal in both
columns; kci17 =100% on a ceiling 建档率, 0起 on an incident count, ★ and * labels.

Judgements: a reference to a later year the project prepares for (kci03) is not a year
conflict; the cost equal to its money (kci13) is not exceeding it; the two 日均配送单量 in kci05
belong to different projects; the goal's deadline in last year (kci10) is a leftover marked
Y102 with Y103 / Y101 accepted; the D102 in kci10 is accepted up to error since both values
cannot hold; kci18's 12场 in the name against ≥10 is marked T110 with D104 accepted, as the goal
also says 12场; in kci16 the end date may also be found as Y102.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout753 import brands, centre, vouchers
from tests.variants.holdout753.registry import HOLDOUT753
from tests.variants.kit import Variant

MODULES = (centre, vouchers, brands)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT753, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 753rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
