"""The 609th held-out set: 18 invented returns of rock-sugar (冰糖) and malt-sugar (麦芽糖)
workshops and sugarcane seedling nurseries (甘蔗种苗繁育), in the invented counties 岑坪县,
朔丰县 and 澜禾区, with a careful reviewer's marks. Aim: checks across the table.

Modules: ``rocksugar`` (eu01–eu06), ``maltsugar`` (eu07–eu12), ``nursery`` (eu13–eu18).

Layouts: project heads with one value column (eu02–eu04, eu06, eu11, eu12, eu18), operator and
unit columns with typed percent cells (eu01), numbered tier labels with points and an indicator
score column (eu05), labels with * / ★ and abbreviations (eu06), two stacked projects (eu03,
eu04), department heads with key tasks (eu07, eu08) or a flat list (eu08, eu13, eu14),
three-year projects with 中期 and 年度 columns (eu09, eu10), a 说明 row inside the table with
footnotes, 填表说明 and signatures (eu11), the table on a second sheet under 考核指标 / 预期实现值
(eu15), headers 指标内容 / 绩效标准 (eu16), direction and worded operator columns (eu17).

Planted mistakes (code, highest accepted severity, place):

* eu02: B101 error at the 资金总额 cell (90 + 40 ≠ 120); D104 warning, row, alt D102 (年度目标
  改造锅炉6台, indicator 4台); B107 warning, row (≤36万元/台 × 4台 = 144 > 120).
* eu04: Y102 error at the second project's 计划完成日期 2024-12-31, alt Y104, Y101 (last season's
  date); D103 warning, row, alt D101, F201 (冰糖礼盒包装设计款式数量 repeats 冰糖礼盒包装设计款式
  under 质量).
* eu06: F201 warning, row, three times: 熬糖技师培训人数 under 质量, 冰糖成品抽检合格率 under 时效,
  作坊经营户满意度 under 社会效益 (alt F105).
* eu08: B102 error at 金额合计 (60 + 28 + 15 = 103 ≠ 108); D104 warning, row (goal 80人, indicator
  60人); D103 warning, row, alt D101, D102 (抽检合格率 and 抽检合格率（按批次）).
* eu10: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual ≥36户
  (period ≥30户), alt D104; D202 warning at the annual ≥300人次 (copied from 中期).
* eu12: Y103 warning at the 年度目标 naming 2024, alt Y101; Y102 error at the deadline
  2024年11月30日前, alt Y101; X101 error, row, at the template example row ≥**人次.
* eu14: T108 warning, row (蔗苗死亡率 ≥3%, 反向); D102 error, row, alt D101, D103, D104
  (脱毒蔗苗出圃数量 twice: ≥250 and ≥280).
* eu16: D104 warning, row (goal 大棚30亩, indicator ≥25亩); Y103 warning, row, alt Y101
  (2024年春植蔗苗供应及时率 in a 2025 project); B107 warning, row (0.6元/株 × 300万株 = 180万元 >
  150万元).
* eu18: X104 warning at the text cell 45930 (2025-09-30); F110 error at the empty name cell.

24 required marks, 20 of them found only by comparing parts of the return (goal against
indicator, years, 中期 against 年度, duplicates, tier-2 fit, unit cost × count, parts against
totals).

Legitimate look-alikes in the correct returns: a goal's count with its parts in brackets
(eu01 结晶池12个（单晶池4个、多晶池8个）, eu07 20户（城关8户、岭口12户）); typed percent cells
including =100% (eu01, eu07, eu13, eu17); 下降率 with ≥ / 大于等于 (eu01, eu13, eu15, eu17); 0起
incident counts (eu13, eu17); tier points and indicator points both adding to 100 and a rise in
百分点 (eu05); the same satisfaction indicator with different values in two stacked projects
(eu03); a later year the work prepares for (eu09: 为2028年全区推广积累经验) and period counts above
the year's with equal rates and unit costs (eu09); unit cost × count equal to its money (eu05:
15 × 5 = 75; eu07: 4.5 × 20 = 90 and 8.75 × 4 = 35; eu15: 0.6 × 150 + 2.5 × 12 = 120) or within
it (eu01, eu03, eu04, eu09, eu10, eu13, eu17, eu18); a footnote explaining the total, a 说明 row
inside the table and a fill date in the year before (eu11, eu01, eu13); 各年12月20日前 as the
period's deadline (eu09).

Judgements where a reviewer could hesitate:

* eu02: the total row does not add up, so B107 is measured against the stated 资金总额 120; the
  cost exceeds the sum of the parts (130) as well.
* eu10: the annual 36户 also differs from the copied 年度目标 (30户), so D104 is accepted there.
* eu04: the end date before the start is both a date outside the year and an end before the
  start; Y102, Y104 and Y101 are all accepted.
* eu12: a 年度目标 naming 2024 in a 2025 return is marked as a warning (text), the deadline in
  2024 as an error (a date outside the budget year).
* eu16 and eu02 weigh the unit cost against the indicator's count, not the goal's count.
* eu07's 参训学员满意度 is a typed 92% without an operator: read as a plain target (T103 info).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout609 import maltsugar, nursery, rocksugar
from tests.variants.holdout609.registry import HOLDOUT609
from tests.variants.kit import Variant

MODULES = (rocksugar, maltsugar, nursery)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT609, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 609th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
