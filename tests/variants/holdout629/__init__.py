"""The 629th held-out set: 18 invented returns on wild vegetables (蕨菜, 荠菜, 马齿苋),
their gathering and blanching, and a mountain-village e-commerce point, with a careful
reviewer's marks. Everything is invented: 柘川县, 鹊坪乡, 雾溪镇, 芒岗村, 石栈村, the units,
people, telephone numbers and figures. The set aims at checks across the table: goal text
against indicators, years, 中期 against 年度, duplicates, tier-2 placement, costs against
money and parts against totals. Budget year 2025 throughout; fill and signature dates in
November/December 2024 are the usual filling time, not year conflicts.

Layouts
-------
* ``gathering`` (fo01–fo06): project heads with operator and unit columns (fo01), headers
  指标内容 / 绩效标准 (fo02), two- and three-year projects with 中期 and 年度 columns (fo03,
  fo04), two projects stacked in one sheet (fo05), a department flat list with weights (fo06).
* ``blanching`` (fo07–fo12): numbered tier labels with points and an indicator score column
  (fo07), a tier-1 score column (fo08), budget detail blocks above the table (fo09, fo10), an
  instruction row, subtotals, a repeated header, footnotes and 填表说明 (fo11), labels with
  ``*`` and ``★`` (fo12).
* ``ecommerce`` (fo13–fo18): department heads with key tasks (fo13, fo14), budget-system
  exports on two sheets with codes in the first columns and the header on the third row (fo15,
  fo16), two stacked projects (fo17), direction and word-operator columns (fo18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* fo02: D104 ≤warning (row of 规范采集培训户数: goal 120户, indicator ≥150户); Y102 ≤error at
  the deadline ``2024年10月31日前`` (alt Y101, Y103; last season's date); F201 ≤warning (row of
  荠菜入库检验合格率 under 时效).
* fo04: D104 ≤warning (row of 培训采集户, goal 200户, year ≥180户); D201 ≤error at the annual
  ``≥50万斤`` above the period's ``≥45万斤`` (alt D104); D202 ≤warning at the annual巡护次数
  copied from 中期.
* fo06: D104 ≤warning (row of 采集技术指导场次: goal and task 40场, value 30); D103 ≤warning
  (row of 采集技术指导培训场次, alt D101, D104); W101 ≤error, book level (weights add to 95).
* fo08: F201 ≤warning (row of 单批次加工成本 under 数量指标); B107 ≤warning (row of 设备单价:
  8台 × 4.5万元 = 36 > 30); W103 ≤error at the 效益 score 30 (indicators 20). W101 at book
  level is tolerated (not required), a consequence of the same slip.
* fo10: B101 ≤error at 年度资金总额 (38 + 5 ≠ 45); B102 ≤error at the 合计 of the detail lines
  (sum 44).
* fo12: F201 ≤warning (row of 焯水漂烫温度达标率 under 时效); F105 ≤error at the tier-2
  社会效益指标 under 产出; F110 ≤error at the empty name of a ``≥85%`` row.
* fo14: B102 ≤error at 金额合计 (45 + 20 + 30 ≠ 90); D104 ≤warning (row of 新建村级电商服务点:
  goal 15个, ≥12个); F201 ≤warning (row of 网店经营户满意度 under 社会效益).
* fo16: X104 ≤warning at the text ``45961``; B107 ≤warning (row of 直播间搭建补助标准: 12 × 3万元
  = 36 > 30); Y103 ≤warning (row of ``2024年野菜网销额``, alt Y101).
* fo17: B101 ≤error at the second project's 年度资金总额 (20 + 8 ≠ 25); D102 ≤error (row of the
  second 直播带货培训人次, alt D101, D103).

Legitimate look-alikes in the correct returns
---------------------------------------------
fo01: typed percent cells with a ``%`` unit column, 采后损耗率 ≤ (反向), 采后损耗下降率 ≥,
破坏性采挖事件 = 0起, unit costs × counts within the money (150元 × 260 + 2.5万 × 6). fo03: 中期
counts above smaller annual counts, ``为2027年全县推广积累经验`` (a later year the work prepares
for), a goal total with its parts in brackets, rates and unit costs equal in both columns.
fo05: the same indicator name with different values in two stacked projects. fo07: 100 points
both at tier level and indicator level, ``提高≥8百分点``, ``0起``, ``=100%``. fo09: detail lines
adding to 30, 2套 × 6.5万 = 13 equal to its line, goal 30吨 with parts in brackets. fo11: an
instruction row, subtotal rows, a repeated header, a footnote explaining the total. fo13: goal
18个 with 新建6个、提升12个 in brackets, 5万元 × 18 = 90 equal to its task. fo15: bare numbers
with a unit column, codes in every row. fo18: 退货率下降率 大于等于, 反向 rates with
小于等于 / 小于, typed percent cells.

Judgements
----------
* fo06's near-duplicate also repeats the goal conflict (30 vs 40场); D104 is accepted there.
* fo04's ``≥50万斤`` contradicts both the period column and the goal's 15万斤: D201 required,
  D104 accepted.
* fo16's 2024 in an indicator name is a leftover, at most a warning (Y103).
* fo17's 人均培训费 ≤800元/人次 × 200 = 16万 stays within both 20 and 25, so it is no finding.
* fo08's tier points (100) and indicator points (90) differ only because of the 效益 slip;
  W103 is required, W101 tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout629 import blanching, ecommerce, gathering
from tests.variants.holdout629.registry import HOLDOUT629
from tests.variants.kit import Variant

MODULES = (gathering, blanching, ecommerce)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT629, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 629th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
