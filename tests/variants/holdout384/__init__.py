"""The 384th held-out set: folk dragon and lion dance troupes and village festival
performances (舞龙舞狮), 18 invented returns, 9 correct.

Layouts: one-year project heads (``heads.project_head``) with 万元 money blocks carried by the
number format, tier-1 and tier-2 merged down; OLD-NAT and NAT-2021 tables; an operator column
and a unit column (wd01, wd02); direction (指标性质) and operator in words (指标方向) columns
with bare numbers (wd04); two stacked projects in one sheet (wd05, wd06); numbered tier labels
with points and an indicator points column (wd07); a tier-1 score column merged down (wd08);
labels with * and ★ and abbreviations (wd09); department heads with flat lists (wd10, wd11); a
budget-system export with the table on a second sheet under a title and unit line, codes in the
first columns and headers 指标内容 / 预期实现值 (wd12); department heads with typed shares and
key tasks (wd13, wd14); multi-year projects with 中期 and 年度 columns, one with a two-row
header (wd15, wd16); an instruction row, a repeated header after a page break, 注 / 填表说明,
stamp, signature and date lines (wd17); detail lines under the table (wd18).

Planted mistakes (code, highest accepted severity, place):

* wd02: T105 error at the value of 舞龙培训计划完成率 (24 场), row; T106 error at the typed 105%
  of 展演节目验收合格率.
* wd03: T108 warning (row) on 舞龙技艺培训人次 ≤300人次, 龙具修缮单价 =0.6万元/套 and
  巡游安全事故发生率 ≥1%.
* wd06: B101 error at the second project's 年度资金总额 (35 ≠ 30 + 8); T105 error at
  集训考核通过率 96人.
* wd08: W103 error at the 产出 tier score 50 (indicators 45), W101 accepted there and tolerated on
  the book (the indicator scores then total 95); T106 error at 研学学生满意度 ≥100%.
* wd09: F110 error at the empty name of the ≥20场 row; F105 error at 社会效益指标 under 产出;
  F109 warning (row) at the template tier-2 生态效益指标 left empty.
* wd11: T112 error at ≥80人次 with 场 in the unit column; T108 warning (row) at 观众投诉率 ≥2%
  (反向); W101 error on the book (weights 95).
* wd14: B101 error at 资金总额 150 (基本 90 + 项目 55 = 145); B102 error at the 金额合计 55
  (tasks 60).
* wd16: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  ≥50场 above the period ≥40场.
* wd18: X104 warning at the 计划开始日期 text ``45748``; X101 error at ``≥**场``; X105 warning
  (X103 accepted) at the detail line ``18.6 5``.

Legitimate look-alikes in the correct returns: typed percents (wd01, wd10, wd13 shares) and
``=100%`` on 及时率 / 合格率 at the ceiling; 游客投诉下降率 正向 ≥10 and 安全事故 ≤0 起 (wd04)
and 庙会安全责任事故 0起 (wd17); the same name 服务对象满意度 with ≥90% and ≥92% in two stacked
projects (wd05); tier points in the labels and indicator points both totalling 100, with a
footnote saying so, and ``≥5百分点`` on a rate raise (wd07); a unit cost × count equal to its
money (wd12: 30 × 1.8 = 54); equal 中期 and 年度 rates and unit costs, and a 2027 deadline in
the 中期 column of a 2025–2027 project (wd15); fill dates in the autumn before the budget year;
an instruction row, a repeated header, 注 and 填表说明 rows, stamp and signature (wd17).

Judgements: 0起 on an incident count is a real target, not T115 (a zero target applies to costs
and outputs). wd08's tier shortfall also makes the indicator total 95; the reviewer asks for it
at the tier score (W103) and only tolerates W101. In wd11 ``≥80人次`` under a 场 unit column is
an impossibility, marked as an error. wd18's text serial lies in the budget year, so no Y102 is
asked for. Bare percent numbers with ``%`` in the unit column (wd04) are rates, not counts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout384 import dragon, festival, lion
from tests.variants.holdout384.registry import HOLDOUT384
from tests.variants.kit import Variant

MODULES = (dragon, lion, festival)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT384, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 384th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
