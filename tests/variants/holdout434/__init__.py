"""Held-out set 434: a coastal city's marine oil spill (溢油) emergency response capacity.

Everything is invented: 澜汐市, 鲸湾港区, 砺岬区, the units, projects, people, phone numbers and
figures. Budget year 2026, money in 万元 (often only in the number format). Two halves of the
theme: equipment, stockpiles and vessels (``equipment``: yb01–yb06) and drills, monitoring,
clean-up teams and duty (``drills``: yb07–yb12); ``bureau`` (yb13–yb18) holds department
returns and template-style project tables from both halves.

Layouts: project heads with one-year and 中期/年度 money blocks; operator and unit columns
(yb01, yb02); two projects stacked in one sheet (yb03, yb04); detail lines under the table
(yb05); a budget-system export with codes in the first columns, the indicator table on a second
sheet under a third-row header 绩效目标值 (yb06); tier-1 and indicator score columns (yb07) and
points in tier labels (yb08); three-year projects with 中期 and 年度 columns (yb09, yb10);
headers 考核指标 / 目标值（年度） with word operators in a 指标性质 column (yb11); 指标性质 as
direction and 指标方向 as operator (yb12); department flat lists (yb13, yb14); department heads
with tasks and 金额合计 (yb13–yb16); numbered labels 一、/（一） (yb17); labels with * and ★,
abbreviated, subtotal rows and a header repeated after a page break (yb18); 注, 说明, 填表说明
and signature lines.

Planted mistakes (code, highest accepted severity, place):

* yb02: T106 error at 设备维护保养完成率 ≥105% (typed 1.05); T108 warning (row) at the ≥ of
  储备设备故障率.
* yb04: B101 error at the second project's 年度资金总额 140 (100 + 30); T105 error at
  吸油材料补充到位率 `12批次`.
* yb05: X104 warning at the 计划完成日期 typed as text `46387`; X105 warning (alt X103) at
  `46.2 5`; X106 error (alt B108) at `80万80万（含运输）`; B102 tolerated at book level.
* yb08: W103 error at `一、产出指标（50分）` (its indicators score 45); T108 warning (row) at
  现场核查到场时间 `≥2小时`; W101 tolerated at book level (the scores then total 95).
* yb10: D204 warning at the 年度目标 cell (same text as 中期目标); D202 warning at the annual
  cells of 清污志愿者培训人数 and 岸线清污演练场次.
* yb12: T108 warning (row) at the 指标方向 ≤ of a 正向 count and ≥ of a 反向 偏差率.
* yb14: T112 error at `6艘` (unit column 套); T107 warning at 服务对象满意度 `=95%`; W101 error
  at book level (weights 95).
* yb16: B101 error (row) at 资金总额 960 (基本 410 + 项目 540 = 950); B102 error at 金额合计
  540 (tasks add to 530).
* yb17: F109 warning (row) at the empty tier-2 rows （二）社会成本指标 and （三）生态环境成本指标;
  F110 error at the empty name of a `≥95%` row.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (yb01, yb11); `0 起` of
次生污染事件 (yb11); `=100%` / typed 100% at the ceiling (yb01, yb07, yb09, yb13, yb15, yb18);
`≥5百分点` (yb07); 100 points both at tier-1 and indicator level (yb07); a cost cap equal to its
money (yb13: ≤320 万元 = its task); the same satisfaction indicator
with different values in two stacked projects (yb03); equal 中期/年度 rates and unit costs
(yb09); subtotal, 合计, repeated header, 注 and signature rows (yb07, yb13, yb15, yb18); fill
and signature dates in 2025 (yb11, yb13, yb15); a footnote explaining the 金额合计 (yb15).

Judgements: B101 in yb04 is at the total, though the parts might be the wrong ones; in yb16 the
mark takes the row. `调运时间缩短 ≥1小时` (yb03) is a reduction, 正向, so ≥ is right. 定性 in
the operator column with `有效` (yb11) is a declared qualitative value, not a missing operator.
In yb05 the lines add up once `46.2 5` and the doubled 80 are read; in yb08 the missing 5
points are one fault, so W101 is only tolerated. Unit cost × count stays within its money in
every return (e.g. yb01 1200 × 620 元 + 4 × 18 万 = 146.4 ≤ 186).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout434 import bureau, drills, equipment
from tests.variants.holdout434.registry import HOLDOUT434
from tests.variants.kit import Variant

MODULES = (equipment, drills, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT434, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 434th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
