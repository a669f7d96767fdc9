"""The 801st held-out set: port and waterway (channel dredging, navigation buoys, ferry safety
upgrades), 18 invented returns for 2026 in the layouts offices send, with a careful reviewer's
marks. Places, units, people and figures are invented (澄湾市, 汐浦县, 涟口县, 鹭渚区).

Layouts: project heads with one-year and multi-year money blocks (中期 / 年度, 当年财政拨款 +
上年结转), department heads with budgets and key tasks, tier labels numbered (一、, （一）, 1.),
with points, with * and ★, abbreviated; headers 指标内容 / 绩效标准, 考核指标 / 目标值（年度）,
预期实现值; operators in words in their own column; unit columns; a score column; stacked
projects; a flat list; a 说明 row and a repeated header; footnotes and signature lines; a
budget-system export (sheets 05-1 and 05-2, codes in the first column); a table on a second
sheet; detail lines under the table.

Planted mistakes (return: code, highest accepted severity, place):

* kee02-dredge-multi-year: D201 ≤error at the 年度 cell of 航道疏浚里程 (32 > 28 km, alt D104);
  D104 ≤warning, row of 清淤土方量 (年度目标 70万 vs 60万); D202 ≤warning at the 年度 cell of
  新建护岸长度 (the three-year 6 km copied).
* kee03-dredge-money-wrong: B101 ≤error at 年度资金总额 (960 ≠ 800 + 180); B107 ≤warning, row
  of 清淤综合单价 (35 元 × 30 万立方米 = 1050 万元 > 960).
* kee05-dredge-stacked: Y102 ≤error at the second project's 清淤完工时间 (2025年11月30日前);
  F201 ≤warning, row of 沿岸居民满意度 under 社会效益指标.
* kee08-buoy-duplicates: D102 ≤error, row of 新设置灯浮标 ≥20座 vs 新设灯浮标 ≥24座 (alt D103,
  D101, D104); F201 ≤warning, row of 更换航标灯器 ≥120套 under 质量; D101 ≤warning, row of
  船舶通航安全保障能力 repeated under 可持续影响 (alt D103).
* kee10-buoy-year-mixup: Y103 ≤warning at the 年度目标 cell (2025年…, alt Y101); T105 ≤error at
  航标数字化覆盖率 `40座`; Y102 ≤error at 改造完工时间 2025年11月30日前.
* kee12-buoy-export: D104 ≤warning, row of AIS航标更新数量 ≥8座 (goal on sheet 05-1 says 12);
  B107 ≤warning, row of 单座AIS航标购置安装费 (28 × 8 = 224 > 210); T108 ≤warning, row of
  航标失常率 ≥1%.
* kee14-ferry-money-parts: B103 ≤error at 年度资金总额 520 (> 中期 500); D104 ≤warning, row of
  渡船标准化改造数量 (年度 ≥8艘 vs 年度目标 6 艘); B102 ≤error at the detail lines' 合计 (505 ≠
  520).
* kee16-ferry-multi-year-copy: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the 年度 cell of 渡口码头安全改造数量 (18 座 copied). B107 tolerated (not
  required) on the row of 单座码头改造费用: the copied 18 × 70 exceeds the year's 480.
* kee18-ferry-empty-rows: F110 ≤error at the empty name cell beside ≥960件; F109 ≤warning, row
  of the bare 时效指标; D101 ≤warning, row of 渡运安全责任事故 under 可持续影响 (alt D103).

24 required marks; cross-table ones (goal vs indicator, years, 中期 vs 年度, duplicates, wrong
tier-2, cost vs money, parts vs totals): 20.

Correct returns and their look-alikes: kee01 (goal total with its parts in brackets, typed
100%/98%/90%, 0起 on an accident count, 18 元 × 120 万 = 2160 ≤ 2200), kee04 (period counts
beside smaller year counts, 为2028年…积累 in the 中期目标, ≥3百分点 on a rate change, =100%),
kee06 (flat list with weights 100 and a 合计 row, tasks = 项目支出), kee07 (tier points and
indicator points both adding to 100, ≥0.2百分点, 99.8% typed), kee09 (航标失常率下降率 大于等于
15 %, 等于 0 起, 小于等于 24 小时), kee11 (52 座 = 40 + 12 explained in a footnote, fill date in
2025), kee13 (34 万元 × 20 艘 = 680 = the money, 当年 + 结转 = 财政拨款), kee15 (说明 row, header
repeated, 40 件 × 11 = 440 explained, signature dated 2025-12-05), kee17 (budget both ways and
tasks = 金额合计, 32 × 16 = 512 ≤ 520).

Judgements: a conflicting duplicate (24 / 20 座 of one indicator) is accepted as an error, as
two targets for one thing cannot both hold; identical duplicates under two tier-2s are warnings.
A leftover year in the goal text is a warning (the text may quote history), a deadline before
the budget year an error. D104 is marked on the indicator's row, not at the goal text. In
kee02 the annual 32 km is both above the period and against the goal: D201 is asked, D104 is
accepted. 中期 and 年度 rate cells that are equal (=100%, ≥90%) are not D202.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout801 import buoys, dredging, ferries
from tests.variants.holdout801.registry import HOLDOUT801
from tests.variants.kit import Variant

MODULES = (dredging, buoys, ferries)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT801, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 801st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
