"""The 523rd held-out set: water-caltrop and lotus-root ponds as a wetland livelihood
(菱角与莲藕湿地种养), 18 invented returns of 蒲汀县 (澄菱镇, 荇湾乡, 苇湾镇, 鹭塘村), budget
year 2025, 9 correct and 9 with 21 required marks.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks and
department heads (``heads.department_head``) with budget shares and key tasks; tier-1 and tier-2
merged down; an operator column headed 指标性质 with a unit column (bm01, bm02); 中期 and 年度
columns (bm03, bm04); tier-1 and indicator score columns (bm05, bm06); numbered, pointed, marked
and abbreviated tier labels (bm07, bm08); a two-row header 绩效指标 / 指标内容 / 绩效标准 (bm09);
a table on a second sheet under 考核指标 · 预期实现值 (bm10); header 预期目标 with template rows
(bm11); an instruction row, a header repeated after a page break, 注, 填表说明 and signature
lines (bm12); flat lists in two column orders (bm15, bm16); two projects stacked in one sheet
(bm17, bm18).

Planted mistakes (return, code, highest accepted severity, place):

* bm02-lotus-rate-wrong: T106 ≤error at the value ``102%`` of 脱毒种藕移栽成活率 (row); T108
  ≤warning at the value of 基地藕株病虫害发生率 with ≥ (row).
* bm04-lotus-multi-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D202 ≤warning at the annual ``≥600亩`` of a two-year cumulative area; D201 ≤error at the
  annual ``≥520人次`` above the period ``≥500人次``.
* bm06-lotus-points-wrong: W103 ≤error at the 产出指标 score 45 (indicators add to 40) and at
  the 效益指标 score 25 (indicators add to 30); both levels still add to 100.
* bm08-caltrop-wrong-parent: F105 ≤error at ``2.生态效益指标`` under 一、产出指标; T108
  ≤warning (row) at ``≥0.12万元/亩`` on a subsidy standard.
* bm10-caltrop-second-sheet: T105 ≤error at 菱角采收及时率 ``≤10天``; T115 ≤error at
  每处码头建设成本 ``≤0万元``.
* bm11-caltrop-template-rows: F110 ≤error at the empty name cell of ``≥1.5万公斤``; F109
  ≤warning (row) at the empty 时效指标 and 生态效益指标 template rows.
* bm14-department-money-wrong: B101 ≤error at 资金总额 500 (基本 180 + 项目 300 = 480); B111
  ≤error at the 其他资金 share 26 % (80 / 500 = 16 %); B102 ≤error at 金额合计 300 (tasks 280).
* bm16-flat-defects: T108 ≤warning (row) at ``≥5`` on a 反向 超标率; W101 ≤error on the whole
  return (weights 95).
* bm18-stacked-artefacts: B101 ≤error at the first project's 年度资金总额 60 (50 + 8); X106
  ≤error (alt B108) at 其他资金 ``12万12万(含菱苗)`` of the second project, read as 12, after
  which 35 + 12 = 47 holds.

Legitimate look-alikes in the correct returns: typed percent cells (bm01, bm05, bm09, bm13,
bm15); a 腐败病发生率 and a 入侵覆盖率 with ≤ (bm01, bm15); 化肥使用量增长率 ≤0 % (bm01);
``≤0起`` on an accident count (bm12, bm15); 100 both ways with tier and indicator points
(bm05); ``≥5百分点`` (bm05); ``=100%`` on rates at the ceiling (bm03, bm05); equal 中期 and 年度
rates and unit costs in a three-year project (bm03); unit cost × count equal to the money
(bm03, bm05, bm12, bm17, bm18's second project); a footnote explaining the total (bm12); a fill
date in November 2024 (bm12, bm15); the same 种植户满意度 with different values in two stacked
projects (bm17); 其他资金 0 (bm11, bm15).

Judgements: bm02's 藕腐病发病下降率 ≥10 % is a 下降率 written positive, not a direction
conflict. bm04's cost cap is 0.15万元/亩 so the copied annual area (600 × 0.15 = 90) stays
within the annual money: only D202 is asked for. bm10's ``≤0万元`` is a cost cap of 0 (T115,
error), not a rounding artefact of a large unit; 采收及时率 in days is a rate given as a count
(T105). bm16's flat list has no tiers, so no tier finding of any kind is expected there. In
bm14 the 财政拨款 + 其他资金 split holds, so B101 is asked for once, at 资金总额; the shares of
基本支出 (36 %) and 项目支出 (60 %) match their amounts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout523 import caltrop, lotus, wetland
from tests.variants.holdout523.registry import HOLDOUT523
from tests.variants.kit import Variant

MODULES = (lotus, caltrop, wetland)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT523, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 523rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
