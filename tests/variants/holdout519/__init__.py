"""The 519th held-out set: ancient salt wells and sun-dried salt fields as heritage and village
trade (古盐井与晒盐). 18 invented returns, 9 correct, 22 required marks, from invented offices
(咸川县 for the inland brine wells of 卤坪镇, 海渚县 and its 潮岙乡 / 银沙滩 for the coastal salt
pans); every name, phone number and figure is made up.

Layouts
-------
``wells`` (bi01–bi06, salt wells): a project with operator (指标性质) and unit columns and typed
percent cells; the same with defects; three and two projects stacked in one sheet; three-year
projects with 中期 and 年度 columns. ``saltfields`` (bi07–bi12, salt pans and village trade):
department flat lists in two column orders; a tier-1 score column beside an indicator score
column; numbered / pointed / marked / abbreviated tier labels. ``offices`` (bi13–bi18):
department money blocks with typed-percent shares and task lists; a second-sheet table under a
two-row header (考核指标 · 预期实现值 · 评价标准); headers 指标内容 / 绩效标准 with money detail
lines; a weight table with a 栏次 row, a repeated header after a page break, 小计 / 合计 rows, 注
rows and a signature line; a 预算管理一体化 export (sheets 05-1 and 05-2, header on row 3,
project code and name in the first columns, a 说明 row inside the table).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* bi02: B105 ≤error at Sheet1!C6 (其他资金 ``100,000.00元`` in the 万元 block; the B101 it
  causes is tolerated at file level); T106 ≤error at Sheet1!E11 (合格率 typed as 105%).
* bi04: B101 ≤error at Sheet1!C18 (second project: 70 + 20 ≠ 95); F110 ≤error at the empty name
  cell Sheet1!C23 (value ``≥20场`` with no name); T105 ≤error at Sheet1!D24 (合格率 ``30人``).
* bi06: D202 ≤warning at Sheet1!E12 and Sheet1!E13 (cumulative counts copied from 中期 in a
  three-year project); T108 ≤warning, row 17 (事故发生率 with ≥ in both columns).
* bi08: W101 ≤error at file level (weights add to 95); T112 ≤error at Sheet1!B12, alt T119
  (``3000万元`` against the unit column 吨); T108 ≤warning, row 13 (反向 rate with ≥).
* bi10: W103 ≤error at Sheet1!B9 (产出 declared 45, indicators 40) and Sheet1!B14 (效益 declared
  30, indicators 35; both levels still total 100); T107 ≤warning at Sheet1!E17 (满意度 =95%).
* bi12: F109 ≤warning, row 11 (template tier-2 （三）时效指标 left empty); F105 ≤error at
  Sheet1!B12 (（四）生态效益指标 under 一、产出指标).
* bi14: B101 ≤error at Sheet1!B4 (基本支出 150 + 项目支出 120 ≠ 资金总额 260, while 240 + 20
  holds); B102 ≤error at Sheet1!D9 (tasks 50 + 45 + 30 ≠ 金额合计 120).
* bi16: X104 ≤warning at Sheet1!D11 (completion date as the text ``45961``); X105 ≤warning at
  Sheet1!C17, alt X103 (``18.6 5``, read as 18.65, after which the lines add up).
* bi18: T113 ≤warning at 部门项目支出绩效目标05-2!F7 (完工时间 typed as 100%); T115 ≤error at
  部门项目支出绩效目标05-2!F9 (单吨原盐晒制成本 ``≤0`` 万元/吨, a rounded unit cost).

Legitimate look-alikes in the correct returns
---------------------------------------------
bi01: ``=`` 100% typed on a 合格率 (the ceiling), ``≤ 0 起`` on an incident count, typed percent
cells with % also in the unit column, a 注 explaining 4 × 15 = 60 of 80 万元, a fill date in the
year before. bi03: 游客满意度 ≥90% and ≥85% in two stacked projects (not duplicates); a project
with 其他资金 0. bi05: rates and unit costs equal in 中期 and 年度, counts smaller in the year.
bi07: 渗漏量下降率 with ≥ (a 正向 decline) as a bare 15 with % in the unit column. bi09: tier
scores and indicator scores each total 100 (not 200), 一级品占比提高 ≥3百分点. bi11: labels
``一、产出指标（50分）``, ``（一）数量``, ``（二）*质量指标``, ``（三）时效``,
``★服务对象满意度指标``.
bi13: ``≤0起``; shares typed as percents (0.00%) matching their amounts. bi15: a merged two-row
header, a 评价标准 text column. bi17: 栏次 row, repeated header, 小计 / 合计 rows, ``≤0亩`` on an
unlawful occupation area (a 反向 zero, not a rounded cost), notes and signature lines.

Judgements
----------
* Unit cost × count never exceeds its money; bi08's 3000 吨 × 100 元/吨 = 30 万元 equals its
  task exactly (not exceeding). In bi04 the second project's head is wrong at its total, so B101
  is marked there, not at the 财政拨款 or 其他资金 cell.
* bi06's accident-rate row is marked as a row: the conflict is in both columns; the rate's equal
  columns are not D202 (only cumulative counts are).
* bi08's unit conflict might also be read as a name/unit mismatch (T119 accepted). The
  weight error has no single cell, so it is a file-level mark.
* bi10: the tier-level scores add to 100 and so do the indicator scores; only the per-tier
  subtotals fail, so W103 is required, not W101.
* bi18: ``≤0`` on a unit cost is an impossibility (error); a deadline given as 100% is doubtful
  (warning). The 说明 and 填表说明 rows are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout519 import offices, saltfields, wells
from tests.variants.holdout519.registry import HOLDOUT519
from tests.variants.kit import Variant

MODULES = (wells, saltfields, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT519, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 519th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
