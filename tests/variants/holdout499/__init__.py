"""The 499th held-out set: glazed tile (琉璃) kilns making tiles to restore temple roofs.

Eighteen invented returns (ao01–ao18), nine correct and nine with planted mistakes (21 required
marks), written with ``kit.py`` and ``heads.py`` and judged by a careful reviewer per domain.md
before goalbook sees them. Places, units, temples, people and phone numbers are invented
(釉川县, 翠瓴市, 丹甍区; 栖檐寺, 澄霞观, 云甍宫, 松瓴寺, 霁檐寺, 明釉庵, 霞隐寺, 玄釉观).
The kiln half (``kilns``, ao13, ao15, ao18) fires tiles; the roof half (``roofs``, ao14, ao16,
ao17) relays them; budget year 2025.

Layouts: project heads with one-year (资金总额 · 财政拨款 · 其他资金) or 中期/年度 money blocks
in 万元 number formats; department heads with budget, typed-percent shares and key tasks;
tier-1 and tier-2 merged down; an operator column headed 指标性质 with a unit column (ao01,
ao02); flat lists with 指标性质 as operator (ao03) or as direction (ao04); 中期 and 年度 columns
(ao05, ao06); two projects stacked in one sheet (ao07, ao08); numbered labels with points and
an indicator score column (ao09), a tier-1 score column (ao10); abbreviated labels with * and
★ under headers 指标内容 / 绩效标准 (ao11); header 预期目标 (ao12); 说明 rows, a header repeated
after a page break, 注 / 填表说明, signature and stamp lines (ao13, ao14); a second sheet under
预期实现值 (ao17); a budget-system export with codes in the first columns, a budget sheet and
a goal sheet whose header sits on the third row (考核指标, 目标值（年度）, 计量单位) (ao18).

Planted mistakes (code, highest accepted severity, place):

* ao02: T106 error at the typed 105% 筒瓦烧成合格率 (row); T108 warning at the ≥ of
  釉面开裂发生率 (row).
* ao04: T112 error at ``≥48万元`` against unit 件; T108 warning at ``≥4%`` on 窑变废品率
  declared 反向 (row); W101 error at book level (weights add to 95).
* ao05: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  ``≥320人次`` above the period ``≥300人次``.
* ao08: B101 error at the second project's 资金总额 (70 + 15 ≠ 90); T105 error at
  屋面渗漏点处理完成率 ``36处``.
* ao10: W103 error at the 产出指标 score 40 (indicators 35; W101 accepted); T113 warning at
  修缮工程竣工时间 ``100%``.
* ao12: F110 error at the empty name cell of a ``≥95%`` row; F105 error at （二）时效指标
  under 三、效益指标; F109 warning at the empty （三）生态效益指标 row (row).
* ao14: X105 warning at 其他资金 ``12.5 8`` (X103 accepted); X104 warning at 计划完成日期
  ``45961`` stored as text; T115 error at ``≤0万元/件``.
* ao16: B101 error at 资金总额 (row: 230 + 360 ≠ 600); B102 error at 金额合计 360 (tasks 350).
* ao18: T107 warning at 修缮用户满意度 ``=95`` with unit %; X104 warning at 改造完工时间
  ``46011`` in a text cell.

Legitimate look-alikes in the correct returns: 釉面色差返工率 ``≤3%`` (a 反向 rate with ≤,
ao01); 抗冻融试验合格率 ``= 100%`` and 瓦件铺设合格率 ``=100%`` (ceiling, ao01, ao11); a
下降率 with ≥ (ao03; also in ao02 and ao18 beside their marks); ``≤ 0起`` / ``≤0起`` / ``≤0处``
on incident and leak counts (ao03, ao15, ao07); ``≥6百分点`` / ``≥30百分点`` on rate changes
(ao06, ao09); tier points and indicator points both adding to 100 with a 合计 row (ao09); the
same indicator name with different values in two stacked projects (ao07, also ao08); identical
中期 and 年度 values on rates, unit costs and service years (ao05, ao06); fill dates in 2024
(ao13 and the default signature line); a footnote explaining a total (ao13) and one explaining
an area (ao17); unit cost × count within the money in every return (e.g. ao01 45.6 + 39.6 +
31.28 万元 ≤ 186; ao15 24000 × 70元 = 168 万元 ≤ 180).

Judgements: the bare typed ``100%`` / ``90%`` in ao09 and ao15 have no operator; a reviewer
reads them as =100% (ceiling) and a plain target, so ``ok`` tolerates a warning there. The
T106 and T108 marks of ao02 are row marks because the operator sits in its own column. In
ao16 it is unclear whether 资金总额 or 基本支出 is wrong, so the B101 mark covers the row; the
task total 360 matches 项目支出, so B102 lands on 金额合计. In ao10 the indicator scores also
fail to reach 100, so W101 is accepted for the same problem. ao18's export repeats tier labels
in every row instead of merging them; its 目标值 cells are bare numbers with the unit beside.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout499 import accounts, kilns, roofs
from tests.variants.holdout499.registry import HOLDOUT499
from tests.variants.kit import Variant

MODULES = (kilns, roofs, accounts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT499, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 499th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
