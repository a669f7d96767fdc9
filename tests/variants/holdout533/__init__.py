"""The 533rd held-out set: iron wok casting and scissors forging workshops (铁锅、刀剪锻制) kept
by heritage craftsmen, in 砧岭县 (woks) and 钳川市 (scissors and kitchen knives), budget year 2025.
Everything is invented: places, units, people, phone numbers and figures.

Layouts: project heads (``heads.project_head``) with one-year and 中期/年度 money blocks,
department heads (``heads.department_head``) with shares and tasks, tier-1 and tier-2 merged
down; an operator column in symbols and words with a unit column (bw01, bw02); one value column
(bw03, bw04, bw09, bw10, bw15–bw17); two stacked projects in one sheet (bw03, bw04); 中期 and 年度
columns (bw05, bw06); flat lists in two column orders (bw07, bw08); numbered tier labels with
points, ★ and * and abbreviations (bw09, bw10); a tier-1 score column and an indicator score
column (bw11, bw12); headers 指标内容 / 绩效标准 with a 注 row inside, a header repeated after a
page break, 填表说明 and signature lines (bw13); an indicator table on a second sheet under
考核指标 / 目标值（年度） / 评价标准 (bw14); header 预期目标 (bw16); detail lines under the table
(bw17); a budget-system export with sheets 05-1 and 05-2, codes in the first columns and a
two-row header on the third row (bw18).

Planted mistakes (return: code, highest accepted severity, place):

* bw02-wok-percent-wrong: B101 error at the 年度资金总额 cell (75 ≠ 60 + 10); T106 error at the
  typed ``102%`` of 铸锅出厂检验合格率; T108 warning, row, ``≥`` on 铸锅工烫伤事故发生率.
* bw04-wok-stacked-wrong: B101 error at the second project's 年度资金总额 (52 ≠ 40 + 8); T105
  error at ``300户`` for 开锅养护培训覆盖率.
* bw06-wok-multi-year-wrong (two-year project): D202 warning at the 年度 cells of 老作坊修缮面积
  and 铸锅活态展示场次 (cumulative counts copied from 中期); D201 error at the 年度 ``≥26人``
  above the period ``≥20人``.
* bw08-shears-flat-wrong: T112 error at ``≥12万元`` with 计量单位 ``把``; T108 warning, row,
  ``≥3`` on 刃口崩裂投诉率 declared 反向; W101 error on the book (weights add to 95).
* bw10-shears-wrong-parent: F105 error at ``（二）时效指标`` under 效益指标; F108 error, row,
  at ``四、过程指标`` (alt F103, F104).
* bw12-shears-points-wrong: W103 error at the 产出指标 score 40 (indicators 35) and at the
  效益指标 score 30 (indicators 35).
* bw15-wok-department-money-wrong: B101 error, row, at 资金总额 360 (基本 220 + 项目 150 = 370);
  B111 error at the 财政拨款 share 80% (320 ÷ 360 = 88.9%); B102 error at 金额合计 150 (tasks
  add to 155).
* bw16-shears-template-rows: F110 error at the empty name cell of a row with ``≥90%``; F109
  warning, row, at the 时效指标 tier-2 left without indicator.
* bw17-wok-pdf-artefacts: T115 error at ``≤0万元/口``; X105 warning at ``32.4 5`` (alt X103);
  X106 error at ``18万18万`` (alt B108).

Legitimate look-alikes in the correct returns: 铸造废品下降率 ``≥ 10%`` (a reduction rate
written positive) and 作坊安全生产事故 ``≤ 0 起`` (bw01, bw07); operators in words (大于等于,
小于等于) beside symbols (bw01); typed percent cells (bw01, bw07, bw14, bw18), one under a
``%`` unit column (bw07); the same indicator 传承学徒带教人数 with 10 and 6 in two stacked
projects (bw03); rates and unit costs equal in 中期 and 年度 of a multi-year project while the
counts fall below the period (bw05); 0 other funds (bw04 first project, bw11, bw13); points
given twice, tier scores and indicator scores each adding to 100 with a 合计 row (bw11); a rate
raised by ``≥5百分点`` (bw11); tier points inside the labels adding to 100 (bw09); 2.社会成本 with
a complaint count ``≤2起`` (bw09); a fill date in the year before the budget year (bw13, the
department heads); unit cost × count within the money in every return.

Judgements where a reviewer could hesitate:

* bw13: after the page break the header is repeated and the tier-1 产出指标 written again; the
  注 and 填表说明 rows are not indicators.
* bw15: the 财政拨款 + 其他资金 split holds (360), so B101 concerns the 基本 + 项目 side; any
  finding in the budget row is accepted. The 其他资金 share 11.1% matches; the 80% does not.
* bw10: 过程指标 with 组织实施 comes from an evaluation template; F103/F104 are accepted in
  that row in place of F108.
* bw06: 修缮成本 1000 元/m² × 800 m² = 80 万元 stays within the annual 90 万元, so the copied
  area raises no cost finding of its own.
* bw08: weights add to 95, not 90, so this is not the 预算执行率-scored-separately case.
* bw18: value cells hold operator and number, the unit in its own column; 工位提升完工时限
  ``≤240 天`` is a time limit, not a date.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout533 import scissors, woks, workshops
from tests.variants.holdout533.registry import HOLDOUT533
from tests.variants.kit import Variant

MODULES = (woks, scissors, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT533, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 533rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
