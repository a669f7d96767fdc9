"""The 487th held-out set: seaweed-thatched houses (海草房) restored in fishing villages.

Eighteen invented returns from 澜屿县 (invented), budget year 2025, half on restoring 海草房
(``restoration``: ac01–ac06), half on the fishing villages around them (``villages``: ac07–ac12,
``programmes``: ac13–ac18). Nine are correct (ac01, ac03, ac06, ac07, ac09, ac11, ac13, ac15,
ac17); nine carry 24 required marks.

Layouts: project heads with 万元 in the number format; operator and unit columns with typed
percent cells (ac01, ac02); numbered tier labels with points (ac03) and a tier-1 score column
(ac04); one value column (ac05, ac13, ac14, ac18); a second sheet under a two-row header 考核指标 ·
目标值（年度） · 评价标准 (ac06); flat department lists with the operator (ac07) or the direction
(ac08) in 指标性质; department heads with shares and key tasks (ac09, ac10); an instruction row,
subtotals, a repeated header, 注 and 填表说明 rows, signature lines (ac11); header 预期目标
(ac12); two stacked projects (ac13, ac14); three-year projects with 中期 and 年度 columns (ac15,
ac16); a budget-system export on sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2 with codes
in the first columns and operators in words (ac17).

Planted mistakes (code, highest accepted severity, place):

* ac02: T106 error Sheet1!E11 (typed 105% on a 合格率); T108 warning Sheet1!D14 (row; a 发生率
  with ≥).
* ac04: W103 error 绩效目标!B9 (产出 declared 50, indicators 45); W103 error 绩效目标!B15
  (效益 declared 30, indicators 35); F105 error 绩效目标!C16 alt F201 (时效指标 under 效益指标).
* ac05: B105 error Sheet1!C6 (其他资金 shows 160,000.00元 in a 万元 block; the B101 it causes is
  tolerated at book level); Y102 error Sheet1!D12 alt Y103 (2026 deadline in a one-year 2025
  project); T115 error Sheet1!D13 (≤0万元/栋).
* ac08: W101 error book level (weights add to 95); T112 error Sheet1!B9 alt T119 (12万元 with
  unit column 栋); T108 warning Sheet1!B10 (row; 反向 declared, ≥1% written).
* ac10: B101 error Sheet1!B4 (450 + 60 ≠ 520); B111 error Sheet1!E5 (36.42% for 180 ÷ 520 =
  34.62%); B102 error Sheet1!D11 (tasks add to 335, 金额合计 340).
* ac12: F110 error Sheet1!C11 (value without a name); T113 warning Sheet1!D12 (完工时间 as 100%);
  F109 warning Sheet1!B15 (row; 生态效益指标 left empty).
* ac14: B101 error Sheet1!C19 (second project: 180 + 30 ≠ 220); T105 error Sheet1!D25 (合格率
  given as 3处).
* ac16: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 and Sheet1!E12
  (cumulative counts copied into 年度).
* ac18: X105 warning Sheet1!C5 alt X103 (``126.253 5``); X104 warning Sheet1!F4 (计划完成日期 as
  the text 46022).

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 and a ≤5% 漏雨发生率 (ac01,
ac07); 0起 on an incident count (ac01, ac07, ac17); a 下降率 with ≥ (ac07); ≥5百分点 on an
入住率 (ac03); points at two levels, each adding to 100 (ac03); a 合计 of 90 explained by a
footnote on 预算执行率 (ac11); subtotal and repeated header rows (ac11); fill and signature dates
in November 2024 (all); unit cost × count equal to the money (ac09: 5 × 36 = 180; ac12 too); the
same 受益渔户满意度 name with different values in two stacked projects (ac13); a 2027 deadline
in the 中期 column of a 2025–2027 project and equal rates and unit costs in both columns (ac15);
bare numbers with % in the unit column and operators in words (ac17).

Judgements: the 105% (ac02) is an error, not a doubtful value; the ≥ on 漏雨发生率 (ac02) and
on a 反向 rate (ac08) only warnings. The 时效指标 under 效益指标 (ac04) also makes the 效益
points 35: both marked, as two findings. The 2026 deadline (ac05) is marked as an error (Y102):
a one-year project cannot end after its own 计划完成日期. In ac10 the 财政拨款 and 其他资金
shares are left blank by the office, so only the 基本支出 share is checked. The 12万元 of ac08
lies within its money (12 × 28 = 336 ≤ 360); only the unit is wrong.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout487 import programmes, restoration, villages
from tests.variants.holdout487.registry import HOLDOUT487
from tests.variants.kit import Variant

MODULES = (restoration, villages, programmes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT487, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 487th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
