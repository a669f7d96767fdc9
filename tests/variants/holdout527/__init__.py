"""The 527th held-out set: 18 invented returns on **cistanche and cynomorium (肉苁蓉、锁阳)
planting on desert shelterbelts** (肉苁蓉 inoculated under 梭梭, 锁阳 under 白刺), for the
invented 沙泉旗 and its forest farms and sand-control stations, budget year 2025.

Layouts: project heads with 万元 money blocks (one-year and three-year with 中期 / 年度 money),
department heads with shares and key tasks, tier-1 / tier-2 merged down; operator and unit
columns (bq01, bq03), one value column (bq02, bq06, bq08, bq12), two stacked projects (bq02),
中期 / 年度 value columns with a two-row header (bq04, bq05), numbered labels with points
(bq07), ``*`` labels (bq08), tier-1 and indicator points (bq09, bq10), 指标性质 as direction
and 指标方向 as word operators (bq11), flat lists (bq13, bq14), headers 绩效目标值 (bq07),
指标内容 / 绩效标准 (bq15), 考核指标 / 目标值（年度） / 评价标准 in a budget-system export with
codes in the first columns and the table on a second sheet (bq16), 预期目标 (bq18), 注 /
说明 / 填表说明 rows and signature lines (bq15), a header repeated after a page break with
小计 and 合计 rows (bq17), a detail block under the table (bq06).

Planted mistakes (code, highest accepted severity, place):

* bq03: T105 error at the value of 肉苁蓉接种任务完成率 (4000 亩, row); T106 error at the
  typed 105% 接种成活率; T108 warning at the ≥ of 梭梭林鼠兔害发生率 (row).
* bq05: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at each of the
  two annual cumulative areas copied from the 中期 column.
* bq06: B101 error on the 年度资金总额 row (250 ≠ 200 + 30, row); B107 warning on the
  接种补助标准 row (600元/亩 × 5000亩 = 300万 > 250万); B102 error at the detail 合计
  (lines add to 220).
* bq08: F202 warning at 项目预算执行率 under 成本指标 (row); F105 error at the tier-2 cell
  *时效指标 placed under *效益指标.
* bq10: W103 error at 产出指标 (40 declared, 45 under it) and at 效益指标 (30 declared, 25
  under it), both row marks; T107 warning at 示范户满意度 =95%.
* bq12: T108 warning (row) at ≤3000亩 on an area, =300元/亩 on a cost cap, ≥3% on a 鼠害发生率.
* bq14: W101 error on the whole return (weights add to 95); T112 error (row) at ≤120万元
  against the unit column 亩.
* bq16: X105 warning (alt X103) at the export's 项目金额 ``236.457 5``; X104 warning at the
  deadline stored as the text ``45808``.
* bq18: F110 error at the empty name cell of a row valued ≥90%; F109 warning (row) at the
  template tier-2 社会成本指标 left without indicator or value.

Legitimate look-alikes in the correct returns: typed percent cells, some with % repeated in
the unit column (bq01, bq13); a deadline as a date cell with ≤ (bq01); ``=0起`` on a fire
count (bq01); a 鼠兔害发生率 with ≤ (bq01, bq13); the same 种植户满意度 with ≥90% and ≥85% in
two stacked projects (bq02); ``=100%`` on a coverage and a 查处率 (bq02); rates and unit costs
equal in 中期 and 年度 while counts differ (bq04); points in tier labels only (bq07); 100 both
at tier-1 and at indicator level with a 合计 row (bq09); ``≥5百分点`` on a cover rise (bq09); a
下降率 with 大于等于 and a 时限 with 小于等于 (bq11, bq13 with ≥ on a 下降率); a footnote
explaining the total and a fill date in 2024 (bq15); 小计 / 合计 rows and a page-break line
(bq17). Every unit cost × area stays within the money it belongs to; shares and tasks add up.

Judgements: bq03's 完成率 in 亩 is marked at the value with a row mark (the unit column
repeats 亩). bq06 marks B101 on the whole total row, since either the total or 财政拨款 may be
the wrong figure. bq16's split number is read as 236.4575, which then adds up with 216.4575 +
20. bq14's ≤120万元 is a reasonable cost target apart from its unit column. bq13's 亩均接种成本
≤450元/亩 covers the 7000 亩 inoculated (315万 ≤ 420万 of task money), not the 8000 亩 tended.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout527 import cistanche, cynomorium, shelterbelt
from tests.variants.holdout527.registry import HOLDOUT527
from tests.variants.kit import Variant

MODULES = (cistanche, cynomorium, shelterbelt)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT527, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 527th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
