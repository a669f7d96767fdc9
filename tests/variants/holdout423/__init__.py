"""The 423rd held-out set: a state farm's natural rubber (天然橡胶) replanting and tapping-skill
training. Everything is invented: 云槟县国营红岫农场 under 云槟县农垦管理局, its projects,
people, phone numbers and figures. Budget year 2025; money in 万元 with the unit in the number
format unless a cell says otherwise.

Layouts: project heads with one-year and two-/three-year money blocks; department heads with a
budget split and key tasks; OLD-NAT and NAT-2021 tables with tier-1 and tier-2 merged down;
numbered (一、 / 1.), abbreviated and marked (*产出, 数量, ★) labels; operator and unit columns,
指标性质 as operator or as direction, operators in words (大于等于); 中期 and 年度 columns; a
tier-1 score column beside indicator scores; flat department lists; two stacked projects; a 注
row, a repeated header after a page break, 填表说明 and signature lines; a budget-system export
with codes in the first columns and the table on a second sheet under a third-row header.

Modules: ``replanting`` (xq01, xq04, xq05, xq10, xq13, xq17), ``tapping`` (xq02, xq06, xq08,
xq11, xq12, xq16), ``farm`` (xq03, xq07, xq09, xq14, xq15, xq18).

Planted mistakes (return: code, highest accepted severity, place):

* xq10-replant-rates: T105 ≤error at the value 13200 (株) of 补植苗成活率 (row); T106 ≤error at
  the typed 105% of 种苗质量合格率.
* xq11-training-money: B101 ≤error at 年度资金总额 260 (≠ 210 + 40); B107 ≤warning at the annual
  人均培训补助标准 ≤2500元/人 (row: 2500 × 1200 人 = 300 万元 above the annual money); T107
  ≤warning at 参训胶工满意度 =95% (row).
* xq12-tapping-direction: T108 ≤warning at 岗前培训新胶工人数 ≤400人 (row); T108 ≤warning at
  试割考核伤树率 ≥3% (row); T113 ≤warning at 岗前培训完成时间 100%.
* xq13-replant-period: D204 ≤warning at the 年度目标 cell (copied from the 中期目标); D201 ≤error
  at the annual 林下绿肥种植面积 ≥2000亩 (period ≥1800亩).
* xq14-stacked-money: B101 ≤error at the second project's 资金总额 64 (≠ 50 + 10); T105 ≤error
  at its 考核合格率 90人.
* xq15-template-rows: F110 ≤error at the empty name cell of the value ≥98%; F109 ≤warning at the
  empty 生态效益指标 template row (row).
* xq16-tier-points: W103 ≤error at the 产出指标 score 40 (indicators 45); W103 ≤error at the
  效益指标 score 30 (indicators 25).
* xq17-replant-artefacts: X104 ≤warning at the 计划完成日期 text 46022; X105 ≤warning (alt X103)
  at 其他资金 "36.452 5"; T115 ≤error at 良种苗采购单价 ≤0万元/株.
* xq18-flat-defects: T112 ≤error at 割胶技能培训人数 12万元 under unit 人; T108 ≤warning at
  割胶伤树率 ≥3 marked 反向 (row); W101 ≤error on the whole return (weights 95).

Legitimate look-alikes in the correct returns: typed percent cells (xq01, xq02, xq03) and
=100% on a 种苗质量合格率 / 抚管验收合格率 at the ceiling (xq01, xq07); rises in 百分点 (xq01,
xq02, xq04, xq09); a 伤树率 with ≤ and 100 both ways when tier and indicator points are both
given, with a 合计 row (xq02); a 下降率 with ≥ and 0 起 accidents (xq03, xq08); unit cost ×
count equal to the money (xq01, xq02, xq04, xq05, xq07, xq08, xq09); equal 中期/年度 rates and
unit costs in a three-year project (xq04); the same 承包职工满意度 with different values in two
stacked projects (xq05); a 注 row, a header repeated after a page break, 填表说明 and signature
lines with a fill date in 2024 (xq06); key tasks adding to 项目支出 rather than 资金总额 (xq09).

Judgements: in xq11 the 年度资金总额 does not add up, so the B107 comparison may use 260 or 250:
both are exceeded. In xq13 the D201 row is a count not tied to the money, so no cost finding
follows from it. xq17's 其他资金 is read as 36.4525 and the block then adds up; its serial date
is 2025-12-31, inside the year. In xq18 ``≥3`` with % in the unit column is a percentage, so
the defect is only the direction. The 合计 row of xq02 and the 金额合计 row of xq09 are not
indicators. 11月30日前 without a year (xq02) is read in the budget year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout423 import farm, replanting, tapping
from tests.variants.holdout423.registry import HOLDOUT423
from tests.variants.kit import Variant

MODULES = (replanting, tapping, farm)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT423, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 423rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
