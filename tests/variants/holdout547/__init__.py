"""The 547th held-out set: wooden boat repair docks (船坞) for the lake fishing villages of
澄渚县 on 鹭汀湖 (all invented: places, units, people, phone numbers and figures).

Budget year 2026; money in 万元. Two halves: the docks themselves (船坞修缮、滑道、绞盘、工位、
清淤、防腐) and the boat repair they serve (木船修理补助、捻缝补漏、修船技艺培训).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks,
department heads (``heads.department_head``) with budget, share and task lines; tier-1 and
tier-2 merged down; operator and unit columns (ck01, ck02); 指标性质 as direction with 指标方向
as operator (ck06); one value column with inline operators; tier-1 score column beside an
indicator score column (ck04, ck05); two projects stacked in one sheet (ck07, ck08); flat lists
(ck09 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, ck10 指标名称 · 指标值 · 指标性质 · 计量单位 ·
权重); an instruction row, a header repeated after a page break, a 合计 row, footnotes,
填表说明 and a signature line (ck11); the table on a second sheet under 指标内容 / 预期实现值 /
评价标准 (ck12); numbered, pointed, marked and abbreviated tier labels (ck13, ck14); 中期 and
年度 columns (ck15, ck16); detail lines under the table (ck03).

Planted mistakes (code, highest accepted severity, place):

* ck02-slipway-percent-wrong: T106 ≤error at 滑道改造验收合格率's value (a percent cell 105%);
  T108 ≤warning, row, at the ≥ of 上坞木船船体渗漏复发率 (反向).
* ck03-boatyard-pdf-artefacts: X105 ≤warning (alt X103) at 年度资金总额 ``92.3 6``; X104
  ≤warning at 计划完成日期 ``46326`` (a serial in a text cell, 2026-10-31); X106 ≤error (alt
  B108) at the detail line ``12.4万12.4万``. Read as 92.36 and 12.4 the money adds up.
* ck05-dock-upkeep-points-wrong: W103 ≤error at the 产出指标 score 50 (indicators 40) and at the
  效益指标 score 20 (indicators 30). Both levels total 100, so no W101.
* ck08-stacked-repair-defects: T105 ≤error at 木船上坞修复完成率 ``≥40艘`` (first project);
  B101 ≤error at the second project's 年度资金总额 35 (30 + 4 = 34).
* ck10-flat-repair-defects: T112 ≤error at 木船修理补助 ``≥120万元`` (unit column 艘); T108
  ≤warning, row, at 修船作业安全事故发生率 ``≥1%`` (反向); W101 ≤error, book level (weights
  90, header 权重（满分100）).
* ck12-anticorrosion-second-sheet: T106 ≤error at 防腐处理达标率 ``≥102%``; T113 ≤warning at
  加固工程完工时间 given as a percent cell 100% (sheet 绩效指标).
* ck14-winch-wrong-parent: F110 ≤error at the empty name cell of a row valued ``≥98%``; F105
  ≤error at ``2.时效指标`` under ``三、效益指标``; F109 ≤warning, row, at ``3.生态效益指标``
  left without indicator or value.
* ck15-three-year-copied: D204 ≤warning at the 年度目标 cell (identical to the 中期目标 of a
  three-year project); D202 ≤warning at the annual ``≥9座`` and ``≥600艘`` copied from 中期.
* ck18-department-money-wrong: B101 ≤error, row, at 资金总额 600 (基本支出 330 + 项目支出 260
  = 590; 财政拨款 + 其他资金 does add up); B111 ≤error at the 财政拨款 share 82.67% (520 ÷ 600
  = 86.67%); B102 ≤error at 金额合计 260 (tasks 110 + 90 + 50 = 250).

23 required marks on 9 returns; 9 correct returns (ck01, ck04, ck06, ck07, ck09, ck11, ck13,
ck16, ck17).

Legitimate look-alikes in the correct returns: typed percent cells (ck01 ``=`` 100% on a
验收合格率, ≤5% on a 返修率, ≥30% on a 下降率; ck09 percent cells in a flat list; ck16 bare
95% cells in both period columns; ck17 shares as ``0.00%`` cells); ``≥`` on 下降率 (ck01, ck06,
ck16, ck17); ``≤ 0 起`` on an incident count (ck06); ``提高≥5百分点`` (ck04); tier points and
indicator points both totalling 100 with a 合计 row and a footnote saying so (ck04); weights
with a 合计 row of 100 (ck09, ck11); the same indicator names with different values in the two
stacked projects (ck07); cost standard × count equal to its task (ck17: 0.17 × 500 = 85,
30 × 4 = 120) or within the money (all others); an instruction row inside the table, a
repeated header, a 填报日期 in 2025 (ck11); a 2027 date in the 中期 column of a two-year
project (ck16); equal 中期 and 年度 values for rates, unit costs and service lives (ck15, ck16);
numbered / pointed / starred / abbreviated tier labels (ck13); ``=100%`` on a 处置率.

Judgements where a reviewer could hesitate:

* ck18: 资金总额 = 财政拨款 + 其他资金 holds, so the break could be in 基本支出 or 项目支出;
  the B101 mark is a row mark. The shares are computed on the amounts as written, so the
  基本支出 / 项目支出 shares add to 98.33%: a consequence of B101, not marked separately.
* ck10: ``≥120万元`` on 木船修理补助 is marked T112 only; that 120万元 also exceeds the
  project budget is the same defect, not a second one.
* ck08: B101 is marked at the total; a finding at 财政拨款 or 其他资金 would name the same
  problem but is not accepted as a cell match.
* ck15: 年度改造任务完成率 ``=100%`` in both columns is a rate at the ceiling, not a copy.
* ck03: the serial date is marked X104 only; any year finding it may cause is unmarked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout547 import layouts, tiers_periods_money, values
from tests.variants.holdout547.registry import HOLDOUT547
from tests.variants.kit import Variant

MODULES = (values, layouts, tiers_periods_money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT547, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 547th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
