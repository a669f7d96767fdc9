"""The 886th held-out set: housing provident fund (住房公积金) and public rental housing
subsidies (公租房租赁补贴), 18 invented returns of 澄岭市 (9 correct, 9 with 25 required marks),
aimed at checks across the table (goal text against indicators, years, 中期 against 年度,
duplicates, wrong tier-2, unit cost × count and parts against totals).

Layouts: project heads (``heads.project_head``) with one value column, an operator column in
symbols (指标性质) or words (指标方向) and a unit column, 中期 and 年度 columns; a hand-written
head with 资金总额 and 财政拨款 on one row (khl01); two stacked projects (khl08); a
budget-system export with codes on sheets 05-1 / 05-2, header on the third row (khl05); tier
labels numbered with points (khl06, khl09), abbreviated (khl11) or marked * and ★ (khl12); a
two-row header 绩效指标 / 考核指标 · 目标值（年度） · 分值 · 评价标准 (khl09); headers 预期目标
(khl02), 指标内容 / 绩效标准 (khl10); a 说明 row inside the table and the header repeated after
a page break (khl12); department heads (khl13, khl14) and flat lists (khl15, khl16).

Planted mistakes (code, highest accepted severity, place):

* khl02: D104 warning, row of 新增缴存职工人数 (goal 8000人, indicator ≥6000人; a finding at the
  goal cell tolerated); F201 warning, row of 缴存信息准确率 under 时效指标; Y102 error (alt
  Y103, Y101) at the deadline ``2025年10月31日前`` in a 2026 project.
* khl04: B103 error at the annual 资金总额 180 > period 150 (the annual 财政拨款 165 > 130
  tolerated up to error); D201 error at the annual 自助终端 ≥40台 > period ≥30台; D102 error
  (alt D103, D101, D104), row of 平均等候时间 ≤10分钟 after 业务办理平均等候时间 ≤15分钟.
* khl06: W103 error at ``一、产出指标（50分）`` (indicator points 45); D104 warning, row of
  提取业务办结笔数 ≥2万笔 against the goal's 2.5万笔; W101 file level tolerated (not required).
* khl08 (second project stacked): D102 error (alt D101, D103), row of the second
  补贴发放准确率 (98% / 99.5%) in the first project; B101 error at the second project's
  资金总额 80 ≠ 60 + 15 (the same 80 in the 年度 column tolerated); D104 warning, row of
  公租房维修套数 ≥250套 against the goal's 300套.
* khl10: Y101 error at the title ``2025年度…`` (dates, goal and indicators are 2026); Y103
  error (alt Y102, Y101) at the goal text with ``2025年12月底前``; D104 warning, row of
  补贴发放户数 ≥1600户 against the goal's 1800户.
* khl11: F201 warning, row of 补贴发放户数 under 质量; F201 warning, row of 补贴对象满意度 under
  社会效益; B107 warning, row of 户均年补贴标准 ≤0.6万元/户 (× 3000户 = 1800 > 1500万元).
* khl14: B101 error at 资金总额 900 (580 + 300 = 880; 840 + 60 holds); B102 error at 金额合计
  300 (tasks 120 + 100 + 70 = 290); D104 warning, row of 资格年审户数 ≥4000户 against 4500户.
* khl16: W101 error, book level (weights 95); D103 warning (alt D101, D102), row of
  租赁补贴按时足额发放率, the same indicator as 租赁补贴按时发放率 with one word more.
* khl18: D204 warning at the 年度目标 copied from the 中期目标; D202 warning at the annual
  cells of 联办业务笔数 and 接入联办的县级网点 copied from the period column.

Legitimate look-alikes in the correct returns: typed percents (pct) with and without a ``%``
unit column, ``=100%`` on rates, ``≤0起`` incident counts (khl01, khl07, khl15), 下降率 with ≥
(khl07, khl15), rates raised in 百分点 (khl05, khl09, khl13, khl17), goal totals with their
parts in brackets (khl07, khl09, khl13) and a footnote explaining the total (khl09), points
given at both levels and adding to 100 at each (khl09), period counts above the year's beside
equal rates and unit costs (khl03, khl17), a later year the work prepares for (``为2029年…推广
积累经验``, khl17), cost caps equal to their money (khl01 8万元/月 × 12, khl13 ≤96万元, khl16
0.06万元 × 3000套 = 180), fill and signature dates in the year before the budget year.

Judgements: D104 is marked at the indicator row, with the goal cell tolerated; a deadline or
goal date in the year before the budget year is an impossibility (error accepted); duplicates
with different values under one tier-2 accept error (D102), a near-duplicate with one word more
and the same value only a warning; B107 is a warning since the money might be topped up; in
khl04 the 财政拨款 line following the wrong annual total is tolerated, not required.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout886 import centre, fund, subsidy
from tests.variants.holdout886.registry import HOLDOUT886
from tests.variants.kit import Variant

MODULES = (fund, subsidy, centre)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT886, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 886th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
