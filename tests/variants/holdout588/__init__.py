"""The 588th held-out set: 18 invented returns of meat pigeon and quail (肉鸽、鹌鹑) breeding
cooperatives, their federations and the offices that fund them, with a careful reviewer's marks,
to measure ``goalbook check`` out of sample. Places, units, people, phone numbers and figures are
invented (苇川县, 鸣泉县, 鹤岭县, 砚湖区 and their townships).

Layouts: project heads (``heads.project_head``) with one-year, multi-year (中期/年度) and
single-column money blocks in ``0.00"万元"`` formats; department heads with tasks, 金额合计 and a
typed percent share row; tier-1 and tier-2 merged down; tier labels plain, numbered (一、,
（一）, 1.), with points (``产出指标（40分）``), with ``*`` and ``★`` or abbreviated (质量, 时效);
operators inline, in an operator column (symbols or words) and units in their own column;
headers 指标值, 中期指标值/年度指标值, 目标值（年度）, 预期实现值, a two-row header 考核指标 /
预期目标 over 指标内容 · 绩效目标值 · 计量单位 with a 评价标准 column; flat lists in two orders;
stacked projects (two and three in one sheet); a note row between tiers and a header repeated
after a page break; footnotes, 填表说明, 说明, signature, stamp and date lines; a table on a
second sheet; a budget-system export (sheets 05-1 and 05-2, header on the third row, codes first).

Modules: ``pigeons`` (dz01–dz06), ``quails`` (dz07–dz12), ``cooperatives`` (dz13–dz18).

Planted mistakes (code, highest accepted severity, place):

* dz02-pigeon-goal-text: D104 ≤warning at the 升级自动喂料鸽舍 value ``≥40栋`` (row) while the
  年度目标 says 45栋 (a finding at the goal cell is tolerated up to warning); Y102 ≤error at the
  改造完工时间 date cell 2026-10-31 in a one-year 2025 project; T108 ≤warning at
  鸽舍氨气超标发生率 ``≥2%`` (row).
* dz03-pigeon-multiyear-copied: Y103 ≤warning at the 年度目标 cell (二期 “2029年前” outside the
  project period 2025—2027); D201 ≤error at the annual 培育示范合作社 ``≥15家`` above the period
  ``≥12家`` (alt D104, the goal says 4家); D202 ≤warning at the annual 带动养殖户 ``≥300户`` copied
  from the period (alt D104, the goal says 100户).
* dz05-pigeon-stacked: B101 ≤error at the second project's 年度资金总额 30 ≠ 20 + 12; D102
  ≤error (row, alt D103) at the second project's 品牌推介会场次 ``≥4场`` against
  乳鸽品牌推介会场次 ``≥6场`` in the same project.
* dz08-quail-artefacts: X104 ≤warning at the 计划完成日期 text ``46022``; X101 ≤error at
  种蛋受精率 ``≥XX%``; X102 ≤warning at the ``<p>`` goal cell.
* dz10-quail-tier-meaning: B107 ≤warning at 鹌鹑苗补贴标准 ``≤1.5元/羽`` (row: × 200万羽 =
  300万元 > 180万元); F201 ≤warning at 鹌鹑蛋抽检合格率 under 时效 (row); F109 ≤warning at the
  empty 生态效益指标 row (row).
* dz12-quail-flat-defects: B102 ≤error at 金额合计 80 (tasks 35 + 25 + 25 = 85); W101 ≤error book
  level (weights 95); D104 ≤warning at 养殖户培训人次 ``≥500`` (row; goal and task say 600人次,
  tolerated at the goal cell).
* dz14-coop-department: Y101 ≤error book level, alt Y102, Y103 (title 2025年度, everything else
  a 2026 budget: 填报日期 2025-11-20, tasks, goal, dates); B101 ≤error at 资金总额 320 (row:
  120 + 190 = 310); D102 ≤error (row, alt D103) at 社员养殖技术培训 ``≥600人次`` against
  社员技术培训人次 ``≥800人次`` (the first row's name and value tolerate up to error).
* dz16-coop-leftover: X102 ≤warning at the ``<p>`` goal; F202 ≤warning at 预算执行率 under
  成本指标 (row); X101 ≤error at 带动社员养殖户 ``≥**户``.
* dz17-coop-second-sheet: Y104 ≤error at 计划完成日期 2025-03-31 before the start 2025-09-01;
  F110 ≤error at the empty name cell of a ``≥95%`` row on sheet 绩效指标.

25 required marks; 17 of them read across the table (D104 ×2, Y101, Y102, Y103, Y104, D201,
D202, D102 ×2, F201, B107, X101 ×2, X102 ×2, X104).

Legitimate look-alikes in the correct returns: goal text that sums its indicators (dz01 3000对 =
2400 + 600; dz15 20家 = 12 + 8) and repeats counts with the same value (dz01, dz06, dz09, dz11);
typed percent cells (dz01, dz07, dz15 shares, dz18); ``=100%`` at the ceiling (dz01, dz06,
dz13, dz14); ≤ on 死亡率, 死淘率, 破损率; a 下降率 with ≥ and ``≥3百分点`` / ``≥8百分点`` / a
百分点 unit (dz04, dz07, dz10); ``0起`` / ``=0`` on incident counts (dz04, dz11, dz12, dz15);
tier points and indicator points both adding to 100 with a 合计 row (dz04); unit costs × counts
equal to the money (dz01 24 + 36 = 60 = 财政拨款, dz04 48 + 16 = 64, dz15 1.5 × 20 = 30); the
same names with other values in other stacked projects (dz13, and 社员养殖户满意度 in dz05); two
similar names that measure different things (dz09 鹌鹑蛋产量 / 鹌鹑蛋对外销售量, with a note
saying so); a later year named on purpose inside the project period (dz06 2026 in a 2025—2026
project); fill and signature dates in the year before the budget year; annual counts below
period counts with equal rates and unit costs (dz06).

Judgements where a reviewer could hesitate:

* B107 is marked warning, as the catalogue has it, although the money plainly cannot pay.
* dz14: which year is wrong is a matter of reading; the title is the odd one out, so the mark is
  on the whole return and Y102 / Y103 findings naming the 2026 dates or text are accepted.
* dz14 B101: the finding may land at 资金总额, 基本支出 or 项目支出, so the mark is a row mark.
* dz03: the 培育示范合作社 and 带动养殖户 rows also disagree with the 年度目标, so D104 is accepted
  as an alternative there; the goal cell tolerates any finding up to warning.
* dz05 / dz14: two names for one count in the same table (乳鸽品牌推介会场次 / 品牌推介会场次,
  社员技术培训人次 / 社员养殖技术培训) are read as one indicator, so D102 with D103 accepted.
* dz10: the empty 生态效益指标 row is a template leftover (F109), not a missing value.
* dz09 and dz11 state values as bare numbers with the unit in its own column; dz11's 评价标准
  texts are scoring rules, not values.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout588 import cooperatives, pigeons, quails
from tests.variants.holdout588.registry import HOLDOUT588
from tests.variants.kit import Variant

MODULES = (pigeons, quails, cooperatives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT588, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 588th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
