"""The 518th held-out set: 18 invented returns on sturgeon farming and fry release in cold
reservoirs (鲟鱼养殖与增殖放流), 9 correct and 9 with 22 required marks, to measure
``goalbook check`` out of sample. Everything is invented (霁川县, 苍岩区, 檀岭市, 冷泉坳水库,
鹤栖湖水库, people, phone numbers, figures). Budget year 2025.

Layouts: ``farming`` (bh01–bh06): project heads with operator and unit columns and typed percent
cells, two projects stacked in one sheet under 指标内容 / 绩效标准, tier-1 points in the label or
in a score column beside indicator scores. ``release`` (bh07–bh12): three-year projects with
中期 and 年度 columns, a two-row header with operators in words, a 正向/反向 指标性质 column, a
NAT-2021 table under 预期目标 with template rows, a transfer-payment table with numbered and
marked tier labels under 预期实现值. ``offices`` (bh13–bh18): department heads with flat lists,
budget shares and key tasks, a budget-system export (money on sheet 05-1, the table on sheet
05-2 with codes in the first columns, header on the third row, repeated after a page break),
detail lines, 注 / 填表说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* bh02: T106 error Sheet1!E11 (成活率 typed as 105%); T108 warning Sheet1!D12 row (鱼病发生率
  with ≥).
* bh04: B101 error 项目绩效目标!C20 row (second project 95 ≠ 80 + 20); T105 error
  项目绩效目标!D25 (饲料抽检合格率 given as 4批次).
* bh06: W103 error 绩效目标!B9 (产出 declared 50, indicators 55); W103 error 绩效目标!B14
  (效益 declared 30, indicators 25); F105 error 绩效目标!C12 (经济效益指标 under 产出指标).
* bh08: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 and E12 (45万尾
  and 6场 copied from the three-year column).
* bh10: T108 warning Sheet1!D10, D11, D14, each row (标志放流 ≤ on a 正向 count, 运输死亡率 ≥
  on a 反向 rate, 采购单价 = on a cost cap).
* bh11: F109 warning Sheet1!B10 row (社会成本指标 left empty); F110 error Sheet1!C12 (≥3场
  without a name; the message must not quote an empty name).
* bh14: W101 error, book level (weights add to 95); T112 error Sheet1!B11 row (≥12万尾 with
  万元 in the unit column).
* bh16: B101 error 部门整体!B4 row (500 ≠ 基本支出 300 + 项目支出 180); B102 error 部门整体!D9
  (tasks 60 + 70 + 50 = 180, 金额合计 170).
* bh18: X104 warning Sheet1!F4 (end date as the text 45930); X105 warning Sheet1!C5, X103
  accepted (total 86.457 5 read as 86.4575 = 80 + 6.4575); X106 error Sheet1!C19, B108
  accepted (36万36万（含检疫） read as 36; the lines then add up to 86.4575).

Legitimate look-alikes in the correct returns: =100% on 检疫合格率 (bh01, bh03, bh07, bh12,
bh17); a 0.0% percent format (bh01); the same 养殖户满意度 with ≥90% and ≥92% in two stacked
projects (bh03); tier points and indicator points both adding to 100 and ≥3百分点 on a rate
change (bh05); 2027 dates in the 中期 column of a three-year project, equal rates in both
columns (bh07); 鲟鱼误捕死亡下降率 大于等于 15 % and 安全责任事故 小于等于 0 起 (bh09, and
0起 in bh15); ★, *, （一） and 1. on labels, 中央补助 + 地方资金 (bh12); 苗种单价 × 数量 equal
to the task budget (bh13: 6 元/尾 × 15万尾 = 90); shares typed as percentages (bh15); a
header repeated after a page break, 填表说明 and signature lines, a fill date in 2024 (bh17).

Judgements: bh08 annual rates and the unit cost are left equal to the period values (rates may
be); its unit cost was kept low so that the copied count × cost stays within the annual money.
bh10's 时效 row carries 反向 with a deadline, which is right. bh14's 检疫合格率 ``100`` without
an operator reads as the ceiling, not a defect. bh16's B101 is a row mark: either 资金总额 or
one of its parts is wrong. bh18's X104 may also surface as a date finding at the same cell; only
X104 is asked for. bh06's misplaced tier-2 counts in the 产出 score sum, as written.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout518 import farming, offices, release
from tests.variants.holdout518.registry import HOLDOUT518
from tests.variants.kit import Variant

MODULES = (farming, release, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT518, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 518th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
