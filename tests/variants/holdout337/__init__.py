"""The 337th held-out set: desertification and sand control (防沙治沙), budget year 2025.

Theme: sand-fixing shrubs (梭梭, 花棒, 沙拐枣), straw checkerboards (麦草方格沙障) and survival
rates (``shrubs``); shelter belts (``belts``); grazing bans, dust days and sand-storm monitoring
(``grazing``). All places (砾丘县, 驼泉乡, 红柳湾, 芨芨滩, 白刺梁, 风垭镇, 黄羊洼 …), people, phone
numbers and figures are invented.

Layouts: project heads with 中期/年度 or one-column money blocks (万元 in the number format);
operator and unit columns (ui01, ui02), 正向/反向 direction plus operator columns (ui06);
numbered and ★ labels (ui03); tier-1 and indicator score columns (ui04, ui05); three-year
中期/年度 columns (ui07, ui08); two stacked projects (ui09, ui10); department flat lists (ui11,
ui12); department heads with shares and tasks (ui13, ui14); headers 指标内容/绩效标准 with a 注
row and a repeated header (ui15); a 说明 row (ui16); a budget-system export with codes and a
second sheet under 预期实现值 (ui17); header 预期目标 (ui18).

Planted mistakes (code, highest accepted severity, place):

* ui02: T106 error at the 保存率 value 105% (typed percent); T108 warning (row) at the ≥ of
  补植苗木死亡率.
* ui04: F105 error at the 生态效益指标 tier-2 cell under 产出指标; W103 error at the 效益指标
  score 30 (indicators 35) and at the 满意度指标 score 15 (indicators 10).
* ui06: T108 warning (row) at the ≥ of 病虫害发生率 (反向) and of the 单位成本 cap (反向).
* ui08: D204 warning at the 年度目标 cell (copied 中期目标); D202 warning at the annual cells of
  封育沙化草原 and 栽植樟子松、沙枣 (copied three-year counts).
* ui10: B101 error at the second project's 资金总额 (200 + 40 ≠ 260); T105 error at its 林带保存率
  value 1800株.
* ui12: T112 error (alt T119) at `3.5万元` against unit 万亩; W101 error at book level (weights 95).
* ui14: B101 error (row) at 资金总额 980 (基本 320 + 项目 640 = 960); B111 error at the 项目支出
  share 56% (65%); B102 error at 金额合计 640 (tasks sum to 650).
* ui16: X103 warning at 资金总额 text `1,280.00`; F110 error at the empty name of a `≥90%` row;
  X104 warning at the deadline `45808`.
* ui18: F109 warning (row) at the empty 社会成本指标 template row; Y102 error at the completion
  date 2026-03-31 of a one-year 2025 project.

Legitimate look-alikes in the correct returns: typed percent cells with a `%` unit column and
`施工期间安全责任事故 = 0起` (ui01); `=100%` on 验收合格率 and ★ names (ui03); tier points and
indicator points both adding to 100, `≥3百分点` on a cover rise, a 下降率 with ≥ (ui05); equal
rates and unit costs in 中期 and 年度 (ui07); the same 林带保存率 name with different values in
two stacked projects, 其他资金 0 (ui09); `=100%` 巡护覆盖率 and `≤12天` dust days in a flat list
(ui11); a subsidy standard × area equal to its task money, `0起` fires, `≥2天` fewer dust days
(ui13); a 注 row, a repeated header, 说明 lines and a fill date in 2024 (ui15); `0人` casualties
and a 合计 row in an export (ui17).

Judgements: ui04's misplaced 生态效益指标 block is counted in 产出's points as its position says,
so 产出 adds up and only 效益 and 满意度 are marked. ui08's annual 20公里 times the unit cost stays
within the annual money, so no B107 follows from the copies. ui10's B101 is marked at the total
(not the parts) since either part could be wrong. ui14's B101 is a row mark since the finding
may land at 基本支出 or 项目支出; its 项目支出 share is judged against 980. ui16's text total is
read as 1280 and then adds up, so only X103 (a warning) is asked. Dates in the year before the
budget year (fill dates) are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout337 import belts, grazing, shrubs
from tests.variants.holdout337.registry import HOLDOUT337
from tests.variants.kit import Variant

MODULES = (shrubs, belts, grazing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT337, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 337th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
