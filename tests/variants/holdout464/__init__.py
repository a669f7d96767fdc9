"""The 464th held-out set: 18 invented returns on the restoration of ancient post roads (驿道)
and tea-horse trails (茶马古道), with a careful reviewer's marks, to measure ``goalbook check``
out of sample. Places, units, people, phone numbers and figures are invented (栈云州, 澜屏县,
岫川县, 枫隐镇, 霁岭, 桐垭, 雁背坡, 鹊桥驿, 石鼓塘). Budget year 2025 throughout.

Layouts: project heads with one-year, multi-year (中期/年度) and transfer (中央补助 + 地方资金)
money blocks; department heads with budget, share row and key tasks; OLD-NAT and NAT-2021
tiers merged down; operator column (指标性质) with a unit column; tier-1 and indicator score
columns; numbered, pointed, marked (★, *) and abbreviated tier labels; flat lists in two column
orders; two stacked projects per sheet; a budget-system export (05-1 / 05-2, codes first,
header on the third row, word operators); headers 指标内容 / 绩效标准 / 绩效目标值 / 中期指标值;
instruction, 说明, 注, 填表说明, subtotal, repeated-header, stamp and signature rows.

Planted mistakes (code, highest accepted severity, place):

* zf02: T105 ≤error at the 标识标牌设置完成率 value (row: a count of 块); T106 ≤error at a
  typed 105% 合格率; T108 ≤warning at the ≥ of 施工安全事故发生率 (row).
* zf04: B103 ≤error at 年度资金总额 680 against 中期 640 (its 财政拨款 600 tolerated at error);
  D202 ≤warning at the annual 马店遗址本体加固 copied from the period; D201 ≤error at the
  annual 遗址展示馆布展 ≥3个 against ≥2个.
* zf06: W103 ≤error at the 效益 tier score 30 (indicators 10 + 15); T105 ≤error at
  驿道文化讲解覆盖率 ≥20场; W101 on the file tolerated (indicator scores add to 95).
* zf08: T112 ≤error at ≥8处 against the unit column 公里; T108 ≤warning (row) at ≥1% on a
  反向 投诉率; W101 ≤error on the file (weights 95).
* zf10: B101 ≤error (row) at 资金总额 960 against 390 + 560; B102 ≤error (alt B101) at
  金额合计 590 against 180 + 220 + 160.
* zf12: F110 ≤error at the empty name of a ≥2000份 row; F105 ≤error at （四）社会效益指标
  under 一、产出指标; F109 ≤warning (row) at the empty （二）生态效益指标.
* zf14: B101 ≤error at the second project's 年度资金总额 140 against 110 + 20; T105 ≤error at
  驿道标识设置完成率 ≥30块.
* zf16: X104 ≤warning at the 计划完成日期 typed as the text 46022; X101 ≤error at ≥**处.
* zf18: T113 ≤warning at 遗址修复完工时间 100%; F109 ≤warning (row) at an empty 社会成本指标.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ and =100% (typed percent) on a
合格率 (zf01); a completion date as a date cell in the value column (zf01); rates equal in the
中期 and 年度 columns of a three-year project while counts shrink (zf03); 100 points both at
tier and indicator level and a rate raised ≥5百分点 (zf05); 0 accidents with ≤ (zf07);
a typed 100% share and =100% typed as text (zf09); tier points adding to 90 with a 注 saying
预算执行率 is scored apart (zf11); the same indicator names with different values in two
stacked projects (zf13); bare numbers with % in the unit column and 定性 in the operator
column (zf15); subtotal and 合计 rows beside indicator weights, a repeated header (zf17); fill
and signature dates in 2024, the year before the budget year.

Judgements: zf04's annual 财政拨款 600 also exceeds its period 560, the same slip as the total,
so it is tolerated rather than asked for; the two-year zf04 counts as multi-year for D202.
zf06's file-level W101 follows from the W103 mismatch and is tolerated. zf08's ≥1% 投诉率
with 反向 declared is a conflict, a warning. zf10 marks the budget row (row=True) because the
finding may sit at 资金总额 or at either part. zf16's text serial could also raise a date
finding at the same cell; only X104 is asked for. Costs stay within their money everywhere
(e.g. zf01: 12 × 22 + 3 × 30 = 354 ≤ 386 万元).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout464 import (
    post_road_projects,
    stacked_and_exports,
    tea_horse_departments,
)
from tests.variants.holdout464.registry import HOLDOUT464
from tests.variants.kit import Variant

MODULES = (post_road_projects, tea_horse_departments, stacked_and_exports)


def variants() -> list[Variant]:
    return sorted(HOLDOUT464, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 464th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
