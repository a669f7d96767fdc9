"""The 379th held-out set: farm stays and homestays (农家乐/民宿) upgrading in the villages of
the invented 鹭坪县 (茶垄镇, 石坞乡, 竹湾乡, 樟埠村, 鹤垄片区), budget year 2025.

18 returns, 9 correct, 24 required marks. Modules: ``farmstays`` (vy01–vy06, 农家乐 kitchens,
fumes, signs, fire safety, sewage), ``homestays`` (vy07–vy12, 民宿 clusters, grading, fire
safety, training, waste), ``bureaus`` (vy13–vy18, department returns, flat lists and
budget-system exports).

Layouts: project heads with 万元 in the number format; an operator column and a unit column with
typed percent cells (vy01); operators inside the values (vy02); two projects stacked in one
sheet (vy03, vy04); 注 row inside the table, 说明/填表说明 and signature lines (vy05); a detail
block under the table (vy06); three-year projects with 中期 and 年度 columns (vy07, vy08); a
tier-1 score column and an indicator score column (vy09, vy10); a two-row header 绩效指标 /
指标内容 / 绩效标准 / 分值 with numbered, pointed, ★ and abbreviated labels (vy11); header 预期目标
(vy12); department heads with key tasks and 金额合计 (vy13–vy16); flat lists (vy15, vy16);
budget-system exports with sheets 05-1 / 05-2, header on the third row, codes in the first
columns, header 绩效目标值 (vy17, vy18).

Planted mistakes (code, highest accepted severity, place):

* vy02: T108 ≤warning at Sheet1!D9 (row), ``≤30户`` on a 正向 count; T108 ≤warning at D13
  (row), ``=1.6万元/户`` on a subsidy cap; T108 ≤warning at D14 (row), ``≥3%`` on 投诉率.
* vy04: B101 ≤error at 农家乐项目!C19 (row), second project's 资金总额 96 ≠ 80 + 20; T105
  ≤error at D24, 配置达标率 ``40户``.
* vy06: X104 ≤warning at Sheet1!F4, 计划完成日期 ``46022`` as text; X105 ≤warning at D17
  (alt X103), ``45.237 5``; X106 ≤error at D18 (alt B108), ``60万60万``.
* vy08: D204 ≤warning at Sheet1!D9, 年度目标 copied from 中期目标; D202 ≤warning at E11,
  ``≥60家`` copied into the annual column; D201 ≤error at E12, annual 600 人次 above period 500.
* vy10: W103 ≤error at 绩效目标!B9 (产出 40, indicators 35) and B13 (效益 30, indicators 35);
  T106 ≤error at E10, 验收合格率 typed as 105%.
* vy12: F109 ≤warning at Sheet1!B13 (row), empty 生态环境成本指标; F110 ≤error at C15, ``≥20吨``
  without a name; F105 ≤error at B17, 可持续影响指标 under 满意度指标.
* vy14: B101 ≤error at 部门整体!B4 (row), 资金总额 920 ≠ 基本支出 330 + 项目支出 560; B102 ≤error
  at D9, 金额合计 560 against tasks 260 + 180 + 110 = 550.
* vy16: T112 ≤error at Sheet1!B13, ``≤40万元`` with unit column 户; T108 ≤warning at B15 (row),
  ``≥2`` on a 反向 投诉率; W101 ≤error on the book, weights 95.
* vy18: T105 ≤error at 部门项目支出绩效目标05-2!F5, 达标率 ``45家``; T114 ≤warning at F9,
  satisfaction ``≥60%``.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` in the unit
column and ``=`` 100% on a 合格率 (vy01); ``≤`` on 投诉率 (vy01, vy15); ``≤0起`` on incident
counts (vy01, vy13); unit cost × count equal to the money (vy01, vy03, vy07, vy11, vy17); the
same indicator name with different values in two stacked projects (vy03); ``≥10百分点`` and
``≥5百分点`` on rate changes (vy03, vy09); a footnote explaining how 36万 splits (vy05); fill
dates in 2024, the year before the budget year (vy05, via the sign lines); rates and unit costs
equal in 中期 and 年度 with counts strictly lower (vy07); 100 both at tier and indicator level
(vy09, vy11); ``=100%`` on a 处置率 (vy13); a 合计 row under the weights (vy15).

Judgements: vy04's B101 and vy14's B101 are row marks since the finding may land at any amount
of the money row; vy04's unit cost 2.4 × 40 = 96 stays within the (wrong) total so no B107 is
expected. vy08's annual 5万元/家 × 60 = 300 fits the annual money, so the copied count gives no
B107. In vy16 ``≤40万元`` (资金 as indicator) is also an input rather than an output; only the
unit conflict is marked. vy12's F110 row also has no tier problem (it continues 生态效益指标).
vy18's satisfaction ``≥60%`` is a warning, not an error (doubtful, not impossible).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout379 import bureaus, farmstays, homestays
from tests.variants.holdout379.registry import HOLDOUT379
from tests.variants.kit import Variant

MODULES = (farmstays, homestays, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT379, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 379th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
