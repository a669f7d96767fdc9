"""The 526th held-out set: 18 invented returns on earthquake monitoring stations (地震台站) and
sign-language public services (手语服务), budget year 2025, with a careful reviewer's marks.

Layouts: project heads (one-year and three-year, 中期 and 年度 money) and department heads
(budget with a share row, key tasks with 金额合计); OLD-NAT and NAT-2021 tiers merged down;
tier labels numbered with points (一、产出指标（50分）, 1.数量指标), with ★, abbreviated (产出,
数量); operator columns as symbols (指标性质) and in words (指标方向); unit columns; tier-1 score
columns and indicator scores; header words 预期目标, 预期实现值, 年度指标值, a two-row header with
指标内容 and 绩效标准; flat department lists; two projects stacked in one sheet; 注 and 填表说明
rows, signature and date lines; a table on a second sheet; a budget-system export (sheets 05-1
and 05-2, codes in the first columns, header on the third row).

Planted mistakes (return, code, highest accepted severity, place):

* bp02: T106 ≤error at the 数据传输完整率 value (105 % percent cell); T108 ≤warning, row, at the
  断记率 operator 大于等于.
* bp04: B103 ≤error at 年度资金总额 (650 > 中期 600; the annual 财政拨款 / 其他资金 cells tolerated
  up to error); D202 ≤warning at the two annual cumulative counts copied from 中期.
* bp06: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30
  (indicators 35); F105 ≤error at 社会效益指标 placed under 产出指标.
* bp08: T105 ≤error at 字幕同步率 `52期`; F108 ≤error at the tier-1 过程指标 (alt F103; the tier-2
  组织实施 tolerated up to error); T108 ≤warning, row, at 投诉率 `≥3%`.
* bp10: B101 ≤error at 年度资金总额 96 ≠ 80 + 12; T105 ≤error at 按期更新率 `48期` (second sheet).
* bp11: F110 ≤error at a name cell holding only a full-width space; F109 ≤warning, row, at the
  empty 时效指标 and 可持续影响指标 template rows.
* bp14: T112 ≤error at `≥36场` with unit column 人次; W101 ≤error, book level (weights add to 95).
* bp16: T105 ≤error at 标识设置规范率 `36处` (first stacked project); B101 ≤error at the second
  project's 年度资金总额 35 ≠ 28 + 4.
* bp18: X105 ≤warning (alt X103) at the text amount `86.4 5` (read 86.45 = 80.45 + 6); X104
  ≤warning at the text `46022` in 计划完成日期.

Legitimate look-alikes in the correct returns: percent cells with a `%` unit column and `=` on
验收合格率 100 % (bp01); 故障率 / 投诉率 with ≤ (bp01, bp07, bp13); 下降率 with ≥ (bp07, bp09, bp13,
bp15); `0起` on a damage-event count and `≥3百分点` on a rate raised (bp05); points in the tier
labels and again per indicator, both adding to 100 (bp05); `≥85%（行业标准）` (bp09); annual
counts below their period values with rates equal in both columns and a period date in 2027
(bp03); the same indicator name with different values in two stacked projects (bp15); a 注 row
between tiers, a footnote explaining the 其他资金, 填表说明 and a fill date in 2024 (bp12); a share
row typed as percents under the 万元 budget (bp17); 其他资金 0 (bp08, bp15, bp16).

Judgements: the share row of bp17 (100 %, 92 %, 8 %, 60 %, 40 %) is read as shares, not amounts.
In bp04 the B103 may land on the annual 财政拨款 or 其他资金 instead (both also above 中期), so
those cells tolerate it. In bp08 an evaluation tier-1 may be reported as unknown (F103) rather
than F108; its tier-2 组织实施 may draw F104. bp06's misplaced 社会效益指标 row keeps its points
in the 产出 block, which is what makes that block 45. bp14 is a flat list: no tier findings; its
weights total is a book-level mark. bp11 keeps 满意度 and 成本 complete, so only the template rows
are marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout526 import services, signs, stations
from tests.variants.holdout526.registry import HOLDOUT526
from tests.variants.kit import Variant

MODULES = (stations, signs, services)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT526, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 526th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
