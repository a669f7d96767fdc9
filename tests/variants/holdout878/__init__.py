"""The 878th held-out set: home-based elderly care services (居家养老上门服务), meal assistance
(老年助餐) and day-care centres (日间照料中心), 18 invented returns, 9 correct, written blind.

Places, units, people, phone numbers and figures are invented (苇汀县, 檀圩区 and its 蓼湾街道,
朔桥市). Budget year 2025 except khd08 (2026). Money in 万元, mostly with the unit only in the
number format.

Layouts: one-year project heads with one value column (khd02, khd04, khd10, khd12, khd14,
khd18), with operator and unit columns (khd01, khd16 with operators in words), with a points
column (khd09) or a 备注 column and a page break (khd15); two stacked projects (khd03, khd04);
multi-year projects with 中期 and 年度 columns (khd05 three years, khd06 and khd17 two years);
department heads with tasks and a tiered table (khd13, khd14) or a flat list (khd07, khd08); a
budget-system export with the budget on one sheet and the indicators on a second sheet under
a header on the third row (khd11). Tier labels plain, numbered (khd02, khd16), with points
(khd09), abbreviated with * (khd10) or marked * and ★ (khd17). Header words 指标内容 /
绩效标准 (khd13), 绩效目标值 (khd11), 预期目标 (khd12).

Planted mistakes (code, highest accepted severity, place):

* khd02: B107 ≤warning (row of the 单次上门照护服务成本: 80元/次 × 20000次 = 160万 > 120万);
  D104 ≤warning (row of 上门照护服务户数 ≥600户, the goal says 800户); Y102 ≤error alt Y101,
  Y103 (row of an evaluation deadline 2024年12月31日前 in a 2025 project).
* khd04: B101 ≤error (row of the second project's 年度资金总额 95 ≠ 85 + 15); D103 ≤warning
  alt D101 (row of 完成居家适老化改造户数, the same count as 适老化改造户数).
* khd06: Y103 ≤warning alt Y101 (the 年度目标 cell speaks of 2023 in a 2025–2026 project);
  D201 ≤error (年度 ≥650户 above 中期 ≥500户); D202 ≤warning (年度 ≥3000次 copied from 中期).
* khd08: B102 ≤error (金额合计 360 ≠ 180 + 120 + 40); D104 ≤warning (row of 新建社区长者食堂数量
  ≥12, goal and task say 15); D102 ≤error alt D101, D103 (row of the second 助餐服务人次, ≥20
  against ≥25 above).
* khd10: Y101 ≤error alt Y102 (book level: plan dates 2024 in a 2025 return); F201 ≤warning
  (row of 餐食抽检合格率 under 时效).
* khd12: F110 ≤error (the empty name cell of a row valued ≥2家); F109 ≤warning (row of the
  empty 时效指标); X101 ≤error (row of the template's 示例：XX活动参与人数 ≥XX人次).
* khd14: B101 ≤error (row of 资金总额 640 ≠ 580 + 80); D104 ≤warning (row of the stations'
  count ≥16个, goal and task say 20).
* khd16: T108 ≤warning alt D104 (row of 失智老人走失事件发生率 with 大于等于); F201 ≤warning
  (row of 失智照护专区床位数 under 质量).
* khd18: X104 ≤warning (the 计划完成日期 cell holding the text 46022); B107 ≤warning (row of
  每个中心年度运营补助: 8万 × 14 = 112万 > 96万).

Legitimate look-alikes in the correct returns: typed percent cells (khd01, khd07) including a
typed 100% with = at the ceiling; a 反向 投诉率 with ≤ (khd01); =0起 and 0 起 on incident counts
(khd03, khd07, khd09); the same satisfaction indicator with different values in two stacked
projects (khd03); a goal count with its part (其中 300名重度失能, 其中送餐上门6万人次, 其中6个
in brackets: khd01, khd07, khd13); cost standards × counts equal to the money (khd03 beds,
khd05, khd07, khd11, khd13, khd15, khd17); 中期 counts three or 2.5 times the year's beside
equal rates, caps and durations (khd05, khd17); a later year the work prepares for (2028 in
khd05's 中期目标, 2026 within khd17's period); points at two levels adding to 100 each
(khd09) and a rate raised in 百分点; subtotal / 合计 rows, notes, 填表说明, a repeated header,
export notes, signature lines and fill dates in the year before (khd07, khd09, khd11, khd15).

Judgements: khd02's deadline before the budget year is marked as an error (an impossibility
for a 2025 project), the goal/indicator conflicts (D104) only as warnings since the office may
explain them; khd05's 2028 is a stated aim beyond the period, not a leftover year; khd06's
annual goal naming 2023 is a leftover (warning, Y101 accepted); khd10's year conflict is marked
on the book because it could be reported at either date or the title; khd15's 每人每日 cost
× 40 × 300 days equals the money exactly; khd16's goal already says 1%以内, so D104 on that row
is accepted for the same problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout878 import daycare, homecare, meals
from tests.variants.holdout878.registry import HOLDOUT878
from tests.variants.kit import Variant

MODULES = (homecare, meals, daycare)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT878, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 878th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
