"""The 540th held-out set: 18 invented returns on water chestnut and pickled scallion bulb
(荸荠、藠头) processing in the county agricultural parks of an invented 苕浦县 (parks 菱塘, 渚坪,
荷溆, 泮湖, 茭湾, 苇渡), budget year 2025, with a careful reviewer's marks per domain.md.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks in 万元
carried by the number format; department heads with shares and key tasks; operator and unit
columns; 指标性质 as direction with 指标方向 as operator in words; tier-1 and indicator score
columns; two projects stacked in one sheet; flat lists in two column orders; numbered and
pointed tier labels with a ``*`` mark and a header repeated after a page break; abbreviated tier
labels under a two-row header (考核内容 / 考核指标, 目标值（年度）, 评价标准); headers 指标内容 /
绩效标准 and 预期目标; 中期 and 年度 value columns; a budget-system export (sheets
部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in the first columns, header on the third
row); notes, 填表说明, signature, stamp and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* cd02-percent-wrong: T106 ≤error at Sheet1!E12 (typed 102 % on a 合格率); T108 ≤warning row 13
  (``≥`` on 腌制池渗漏发生率, at the operator cell).
* cd03-pdf-artefacts: X105 ≤warning alt X103 at Sheet1!C5 (资金总额 ``126.4 8``); X104 ≤warning
  at Sheet1!F4 (计划完成日期 ``46022`` as text); X106 ≤error alt B108 at Sheet1!C20 (``60万60万``);
  B101 and B102 tolerated at book level (consequences of misreading those two).
* cd05-tier-points-wrong: W103 ≤error at Sheet1!B10 (产出 40, indicators 45) and Sheet1!B16
  (效益 30, indicators 25); T105 ≤error at Sheet1!E12 (订单按期交付率 ``≥150单``).
* cd08-stacked-defects: B101 ≤error row 22 (second project 75 ≠ 50 + 20, at the total cell);
  T105 ≤error at Sheet1!D28 (藠头收购覆盖率 ``≥500户``).
* cd10-flat-defects: T112 ≤error at Sheet1!B11 (``12万元`` against unit 家); T108 ≤warning row 13
  (``≥2`` on a 反向 超标率); W101 ≤error book level (weights 95).
* cd12-header-wrong-parent: F105 ≤error at Sheet1!B15 (时效 under 效益); T107 ≤warning at
  Sheet1!D17 (满意度 ``=95%``).
* cd14-department-money-wrong: B101 ≤error row 4 (资金总额 560 ≠ 480 + 60, at B4); B102 ≤error
  at Sheet1!D8 (tasks 180 + 200 ≠ 金额合计 400).
* cd16-multi-year-copied: D202 ≤warning at Sheet1!E11 and E12 (cumulative counts copied into the
  year); D201 ≤error at Sheet1!E13 (3 座 in the year against 2 座 over three years).
* cd17-template-rows: F110 ≤error at the empty name cell Sheet1!C12; F109 ≤warning rows 15 and 17
  (经济效益指标, 生态效益指标 left from the template).

(Addresses as built; ``marks_off_their_cells`` keeps them honest.)

Legitimate look-alikes in the correct returns: ``=100%`` typed and as text on a rate at its
ceiling (cd01, cd09, cd06 with 等于 100 %, cd12's 防渗验收合格率 in a wrong return); a loss
rate lowered ``≥2 百分点`` and ``≥4百分点`` (cd01, cd18), a 优等品率 raised ``≥3百分点`` (cd04);
a 下降率 with 大于等于 and a complaint count ``小于等于 0 起`` (cd06); tier and indicator points
both adding to 100 with a 合计 row (cd04); tier labels with points adding to 90 with a note that
预算执行率 is scored separately (cd11); the same satisfaction indicator with ≥90 % and ≥92 % in
two stacked projects (cd07); a note explaining that 金额合计 is 项目支出 only (cd13); a share
row of typed percents (cd13); equal 中期 and 年度 values only for rates, unit costs and a
service life (cd15); a 完成时间 in 2027 in the 中期 column of a 2025–2027 project (cd15); fill
and signature dates in November–December 2024 (cd01, cd06, cd09, cd11, cd13, cd18); a project
with 其他资金 0 (cd07).

Judgements where a reviewer could hesitate:

* cd03: the split total and the serial date are warnings, not errors (they read back as
  126.48 and 2025-12-31, and then everything adds up); the arithmetic findings they may cause are
  tolerated, not required.
* cd05: W103 at both tier score cells; since the tier scores and the indicator scores each add to
  100, no W101 is asked for.
* cd08: B101 is marked on the total's row, as the finding may land at either the period or the
  annual total of that row (both 75 against 50 + 20).
* cd10: ``12万元`` with unit 家 is taken as a unit conflict (T112), an amount typed where a count
  belongs; T104 / T103 on it would not be wrong but are not asked for.
* cd12: 时效 under 效益 is a wrong parent (F105), not an unknown label; ``=100%`` on
  防渗验收合格率 is at the ceiling and not marked.
* cd14: 资金总额 560 = 基本支出 160 + 项目支出 400 holds, so the total is wrong only against
  财政拨款 + 其他资金 (B101); 金额合计 400 = 项目支出 but not the sum of the tasks (B102 there).
* cd17: the empty tier-2 rows are warnings (a template left unfilled), the nameless value an
  error; 效益指标 still has an indicator (社会效益指标), so no tier-1 finding.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout540 import blocks, cells, layouts
from tests.variants.holdout540.registry import HOLDOUT540
from tests.variants.kit import Variant

MODULES = (cells, layouts, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT540, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 540th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
