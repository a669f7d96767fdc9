"""The 483rd held-out set: grotto murals (石窟壁画) conservation, digitisation and visitor caps.

Eighteen invented returns (places 黛峪石窟, 璃岩石窟, 赭屏石窟, 云岫寺石窟, 柘原市; people, phone
numbers and figures all invented), built with ``kit.py`` and ``heads.py`` and registered in
``registry.HOLDOUT483``. Budget year 2025; money in 万元. Nine returns are correct, nine carry 2–3
planted mistakes (22 required marks).

Modules and layouts:

* ``conservation`` (zy01–zy06): project heads with operator and unit columns and typed percent
  cells (zy01, zy02), numbered tier labels with points and a ★ core indicator (zy03),
  abbreviated labels (zy04), a note row inside the table, 填表说明 and a signature line (zy05),
  a 资金明细 block under the money block (zy06).
* ``digitisation`` (zy07–zy12): three-year projects with 中期 and 年度 columns (zy07, zy08), two
  projects stacked in one sheet (zy09, zy10), department heads with flat indicator lists
  (zy11: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值; zy12: 指标名称 · 指标值 · 计量单位 · 权重).
* ``visitors`` (zy13–zy18): tier-1 and indicator score columns (zy13, zy14), direction in
  指标性质 and the operator in words in 指标方向 (zy15), a department head with a share row and
  tasks (zy16), the table on a second sheet under a two-row header with 预期实现值 and the header
  repeated after a page break (zy17), a budget-system export with sheets 05-1 / 05-2, the header
  on the third row and codes in the first columns (zy18).

Planted mistakes (code, highest accepted severity, place):

* zy02: T106 error at Sheet1!E11 (验收合格率 typed as 105 %); T108 warning, row, at Sheet1!D14
  (复发率 with ≥).
* zy04: F110 error at the empty name Sheet1!C10; F105 error at Sheet1!B14 (质量指标 under 效益);
  F109 warning, row, at Sheet1!B15 (生态效益 left from the template).
* zy06: B101 error at Sheet1!C5 (260 ≠ 200 + 40); B102 error at Sheet1!D13 (lines add to 220,
  合计 240).
* zy08: D204 warning at Sheet1!D9 (年度目标 = 中期目标); D202 warning at Sheet1!E11 and
  Sheet1!E12 (cumulative counts copied from 中期).
* zy10: X105 warning (alt X103) at Sheet1!E19 (财政拨款 ``86.5 0``); T105 error at Sheet1!D24
  (数字资源上线率 ``1200幅``).
* zy12: T112 error at Sheet1!B15 (``≤45元`` against unit 万元); W101 error, book level (weights
  add to 95).
* zy14: W103 error at Sheet1!B9 (产出 40, indicators 45) and Sheet1!B13 (效益 30, indicators 25);
  T113 warning at Sheet1!E11 (上线时间 ``100%``).
* zy15: T108 warning, row, at Sheet1!E10 (同时参观人数上限 反向 with 大于等于), Sheet1!E11
  (分流接待人次 正向 with 小于等于) and Sheet1!E15 (二氧化碳超限次数 反向 with 大于等于).
* zy18: X104 warning at 部门项目支出绩效目标05-2!F6 (text ``46022``); T107 warning at
  部门项目支出绩效目标05-2!F9 (游客满意度 ``=95%``).

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 as a typed percent and
``≤5%`` on a 复发率 (zy01); unit cost × area equal to the budget (zy01: 0.3 × 600 = 180; zy11:
10.5 × 40 = 420, with a footnote saying so); 0 其他资金 (zy03); a 下降率 with ≥ (zy05);
signature and fill dates in 2024 (zy05, zy11, zy16); annual counts below the
period counts and equal rates and unit costs in both columns (zy07); the same indicator names
with different values in stacked projects (zy09); a typed percent in a flat list (zy11);
100 points both ways, ``提高≥5百分点`` and ``=0起`` on an incident count (zy13); a note row
explaining that 金额合计 is 项目支出 only and shares summing to 100 % (zy16).

Judgements where a reviewer could hesitate:

* zy16 ``景区日最大接待量 ≤6000人次`` is a cap, so ≤ is right; a T108 warning there is tolerated
  (``ok``), not asked for.
* zy06: B101 is marked at 年度资金总额 and B102 at the 合计 of the detail lines; the two mistakes
  are independent (the 合计 matches 财政拨款 + 其他资金 but not its lines).
* zy04: the value without a name sits under 数量; only F110 is asked for there. The
  abbreviated labels (产出, 数量, 经济成本, 服务对象满意度) are not findings.
* zy14: tier scores and indicator scores each total 100; only the tier subtotals are wrong, so
  no W101 is expected.
* zy08: the annual 单窟建模成本 ≤3.5万元/个 × the copied 60 = 210 stays within the annual
  money, so no B107 follows from the copy.
* zy18: ``=95%`` on a satisfaction rate is a warning (≥95% meant), not an error; ``46022`` is
  2025-12-31 and inside the year, so only X104 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout483 import conservation, digitisation, visitors
from tests.variants.holdout483.registry import HOLDOUT483
from tests.variants.kit import Variant

MODULES = (conservation, digitisation, visitors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT483, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 483rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
