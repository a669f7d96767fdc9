"""The 685th held-out set: 18 invented returns on 杨梅 and 枇杷 orchards, the pick-your-own
season, a juice and preserved-fruit workshop and rain shelters (南箬县, all invented), with a
careful reviewer's marks. Its aim is checks across the table: goal text against indicators,
years, 中期 against 年度, duplicates, wrong tier-2s, cost × count against money, leftovers.

Layouts: project heads with one value column (hs02, hs06, hs07, hs08), operator and unit
columns (hs01, hs11), 中期 and 年度 columns (hs03, hs04, hs10, hs17); department heads with tasks
and tier/indicator points (hs05, hs14); flat lists (hs09 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值, hs16 指标名称 · 指标值 · 计量单位 · 权重); stacked projects (hs07 three, hs08 two); a
table on a second sheet under 预期实现值 (hs12); headers 指标内容 / 绩效标准 with numbered, ★/*
and abbreviated tier labels (hs13); budget-system exports with codes in the first columns,
sheets 05-1 and 05-2, header on the third row (hs15, hs18).

Planted mistakes (code, highest accepted severity, place):

* hs02: B101 error at the 年度资金总额 cell (80 + 15 ≠ 100); D104 warning, row of 新建避雨棚面积
  (goal 120亩, indicator ≥80亩); B107 warning, row of 避雨棚建设成本 (1.5万元/亩 × 80亩 = 120 >
  100).
* hs04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  采摘步道 cell (5公里 against 3公里 for two years); Y102 error (alt Y103) at the annual 开园时间
  cell (2024年6月10日, last season, outside 2025—2026).
* hs06: X101 error, row of the template example 「（示例）XX培训人次 ≥**人次」; F201 warning, row of
  钢架焊接合格率 under 时效指标; Y102 error (alt Y103) at 避雨棚验收时间 「2024年11月30日前」.
* hs08: B101 error at the second project's 年度资金总额 (12 + 4 ≠ 18); D104 warning, row of
  采摘季推介活动场次 (goal 4场, indicator ≥6场).
* hs10: Y103 warning (alt Y101) at the 年度目标 cell (「2024年建成…」 in a 2025—2027 project);
  D202 warning at the annual cells of 枇杷自采园建设面积 and 新修采摘步道 (copied from 中期);
  the annual 自采园建设标准 cell tolerates a warning (the copied 240亩 × 1万元 exceeds the
  year's 100万元).
* hs12: B107 warning, row of 接驳车辆租赁标准 (0.45万元/天 × 90天 = 40.5 > 36); F201 warning,
  row of 接驳游客满意度 under 社会效益指标.
* hs14: B102 error at the 金额合计 amount (60 + 45 + 30 ≠ 145); D104 warning, row of 鲜果加工量
  (goal 300吨, indicator ≥250吨); D103 warning (alt D101), row of 蜜饯产品批次抽检合格率.
* hs16: W101 error, book level (weights add to 95); D102 error, row of the second
  杨梅汁产品抽检合格率 (≥95 against ≥98).
* hs18: Y103 warning (alt Y101) at the 年度绩效目标 cell (「2024年度完成…」 in a 2025 export);
  D103 warning (alt D102, D101), row of 棚膜更换面积 (≥180亩 beside 避雨棚棚膜更换面积 ≥200亩).

23 required marks, 22 of them (all but hs16's W101) found only by comparing one part of the
return with another.

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (hs01
60亩 = 40 + 20) and a footnote explaining a total (hs11); 下降率 with ≥ (hs01, hs09, hs15);
0起 on incident counts (hs05, hs07, hs15); 优果率提高 ≥5百分点 (hs01, hs05); 100 points both at
tier-1 and indicator level (hs05); 为2028年全县推广积累 in a 2025—2027 中期目标 (hs03); the
period's count beside a smaller annual count (hs03); equal 中期 and 年度 columns and goals in a
one-year project (hs17); =100% kept as text (hs13); cost standard × count equal to the money
(hs09, hs15) or within it (hs01, hs03, hs05, hs07), a cost cap equal to it (hs13,
hs17); the same indicator names with different values in stacked
projects (hs07); fill dates in the autumn before the budget year (hs01, hs11, hs17); typed
percent cells (hs01, hs05, hs09, hs15, hs17).

Judgements: the 2024 dates in hs04 and hs06 are deadlines that cannot be met in the project's
span, so an error is accepted; the 2024 in a goal text (hs10, hs18) is doubtful wording, a
warning. hs02's area conflict is a warning (which figure is meant is for the unit to say), but
the cost overrun holds for either figure. In hs14 the extra word 批次 does not make a second
indicator; D101 is accepted as well as D103. hs18's two 棚膜 areas could be read as D102; a
warning is the highest accepted. The 采摘季服务点 cost in hs09 (20 × 4 = 80) equals 项目支出.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout685 import orchards, picking, workshop
from tests.variants.holdout685.registry import HOLDOUT685
from tests.variants.kit import Variant

MODULES = (orchards, picking, workshop)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT685, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 685th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
