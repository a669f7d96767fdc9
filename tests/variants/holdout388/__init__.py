"""The 388th held-out set: camel herding, desert pasture and camel dairy (骆驼养殖).

Eighteen invented returns of the (invented) 驼泉县 offices for the budget year 2025: nine correct,
nine with 21 required marks. ``herds`` holds the herding and pasture projects (wh01–wh06),
``dairy`` the camel-dairy projects (wh07–wh12), ``offices`` the department returns and the
budget-system exports (wh13–wh18).

Layouts: project heads with one-year and three-year money blocks (万元 in the number format);
operator and unit columns (wh01, wh02); two projects stacked in one sheet (wh03, wh04); 中期 and
年度 value columns (wh05, wh06); a score column for tier-1 and for each indicator (wh07, wh08);
numbered, pointed, starred and abbreviated tier labels (wh09, wh10); headers 指标内容 / 绩效标准
with a note row inside the table and 说明 / 填表说明 / signature lines under it (wh11); the table
on a second sheet under 预期实现值 with detail lines on the first (wh12); department heads with a
share row and key tasks, flat lists (wh13, wh14) and tiered tables (wh15, wh16); a budget-system
export with codes in the first columns, the header on the third row and repeated after a page
break, the budget on its own sheet (wh17, wh18).

Planted mistakes (code, highest accepted severity, place):

* wh02: T106 error at the 成活率 value typed as 105 % (Sheet1, value column); T108 warning, row,
  at the operator ≥ of 草场鼠害发生率.
* wh04: B101 error at the second project's 年度资金总额 60 (50 + 5 = 55); T105 error at
  ``存栏骆驼布病检测覆盖率 3000峰``.
* wh06: D202 warning at the 年度 cells of 良种骆驼登记数量 and 种公驼选育数量 (copied from 中期 in a
  three-year project); F110 error at the empty name of a 质量指标 row with values.
* wh08: W103 error at the 产出指标 score 40 (indicators 35); T113 warning at the transport time
  limit given as 100 %; W101 error tolerated at book level (the same gap makes 95).
* wh10: F105 error at ``（二）质量指标`` under 三、效益指标; F201 warning, row, at
  驼乳酸奶抽检合格率 under 时效指标.
* wh12: X105 warning (X103 accepted) at the detail amount ``36.5 8``; T115 error at
  ``≤0万元/吨`` on 绩效指标.
* wh14: T112 error at ``12万元`` in a row whose 计量单位 is 峰; W101 error at book level
  (weights add to 95).
* wh16: B101 error at 资金总额 800 (基本支出 460 + 项目支出 320 = 780); B102 error at 金额合计 320
  (tasks 310); F109 warning, row, at the empty 生态效益指标 template row.
* wh18: F110 error at an empty name with ``≥90%``; T108 warning, row, at ``=1800元/吨`` on a cost
  cap and at ``冬春驼只死亡率 ≥2%``.

Legitimate look-alikes in the correct returns: ``=100%`` on 验收合格率 / 检验合格率 (ceiling);
rises in 百分点 (wh01 ``3 百分点`` with a unit column, wh07 ``≥5百分点``, wh17 ``≥1百分点``);
typed percent cells with ``0%`` and ``0.0%`` formats (wh01, wh07, wh13); a 下降率 with ≥ (wh05);
``0起`` / ``= 0 起`` incident counts (wh03, wh11, wh13) and ``≤0.8‰`` on a 受害率 (wh13); the same
satisfaction name with different values in two stacked projects (wh03); equal 中期 and 年度
values for rates and unit costs (wh05); tier and indicator scores both adding to 100 with a
footnote saying so (wh07); points only in the tier labels (wh09); a 生产线改造投资 cap equal to
the budget (wh09); 其他资金 0 (wh11); a note row between tiers and signature dates in the year
before (wh11, and every department head's 填报日期); unit cost × count within the money
everywhere (wh01 42 × 0.9 = 37.8 ≤ 120, wh03 12 × 6 = 72 ≤ 80 and 20000 × 15 元 = 30 ≤ 45,
wh05 2000 × 400 元 = 80 ≤ 100, wh11 6 × 8 = 48 ≤ 58); the export's repeated header row (wh17).

Judgements where a reviewer could hesitate: the 成活率 ``105%`` is an error (a survival rate cannot
exceed 100 %), not a growth rate; the D202 cells are warnings, marked at each copied annual cell;
in wh08 the reviewer asks for W103 at the tier score and only tolerates the W101 it causes; in
wh12 the detail lines add up to 60 once ``36.5 8`` is read as 36.58, so no B102 is marked;
``=1800元/吨`` is marked T108 as ``=`` on a cost cap (§4.2 rule 7), a warning only; wh16's
占比 row is computed from the amounts as typed, so no B111 is marked; 补饲制度落实 ``健全`` is a
state grade and not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout388 import dairy, herds, offices
from tests.variants.holdout388.registry import HOLDOUT388
from tests.variants.kit import Variant

MODULES = (herds, dairy, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT388, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 388th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
