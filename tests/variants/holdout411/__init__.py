"""The 411th held-out set: a northern city's ice-and-snow sculpture (冰雕雪雕) festival and
winter tourism (invented city 霜岭市 and its districts 冰湾区, 雪原区; budget year 2025).

Layouts: project heads (``heads.project_head``) and department heads with their money blocks;
tier-1 and tier-2 merged down; operator and unit columns; numbered, starred and abbreviated
tier labels with points; 中期 and 年度 columns; two projects stacked in one sheet; flat lists;
注/说明/填表说明 rows; signature and date lines; a two-row header; a table on a second sheet;
a budget-system export with codes in the first columns and a header repeated after a page
break.

Planted mistakes (return: code, highest accepted severity, place):

* xe02-percent-wrong: T106 error at the typed ``105%`` of 安全验收合格率; T108 warning (row) at
  the ``≥`` of 游客意外伤害发生率.
* xe04-tier-points-wrong: W103 error at ★产出指标（40分） (indicators 35) and at
  ★满意度指标（10分） (indicators 15); the indicator points still add to 100.
* xe05-multi-year: D201 error at the 年度 ``≥36处`` (中期 ``≥30处``); D202 warning at the 年度
  ``≥4.5公里`` copied from 中期.
* xe08-stacked-defects: B101 error at the second project's 年度资金总额 (260 ≠ 200 + 40); T105
  error at 导览内容上线完成率 ``8项``.
* xe10-flat-defects: T112 error at ``≥120万元`` with unit column 万人次; T108 warning (row) at
  雪场安全事故发生率 ``≥0.1%`` (反向); W101 error at book level (weights add to 95).
* xe12-notes-defect: X104 warning at the 计划完成日期 text ``46022``; T105 error (row) at
  线路产品上线完成率 ``8`` 条.
* xe14-department-money-wrong: B101 error at 资金总额 1800 (基本 700 + 项目 1000); B111 error
  at the 其他资金 share 20% (300 ÷ 1800 = 16.67%); B102 error at 金额合计 1000 (tasks 850).
* xe16-second-sheet: F110 error at the empty name cell with ``≥300班次``; F109 warning (row)
  at the empty 时效指标 template row; F105 error at 经济效益指标 under 产出指标.
* xe18-header-defects: T108 warning (row) at 小于等于 on 冰灯景观点位; T107 warning (row) at
  等于 95 % on 市民游客满意度.

Legitimate look-alikes in the correct returns: typed percent cells (xe01, xe09); ``=100%`` on a
coverage rate at the ceiling (xe01, xe07, xe13); ``= 0 起`` on accident counts (xe01, xe09); a
下降率 with ≥ (xe06, xe17); ``≥3百分点`` on a share raised (xe03); tier points and indicator
points both adding to 100 (xe03); identical 中期 and 年度 columns and goals in a one-year
project (xe06); the same 游客满意度 with different values in stacked projects (xe07) and in two
exported projects (xe17); a cost standard × count equal to the budget (xe15: 0.16 × 600 = 96);
a 注 row inside the table and a footnote explaining the total (xe11); 评价标准 texts with
numbers (xe15); a fill date in the year before the budget year (signature lines).

Judgements: the 注/说明 rows are merged across the table and are not indicators; the 年度
``≥4.5公里`` in xe05 is one copied cumulative length (the other counts are smaller); xe14's
shares of 基本/项目支出 match their amounts and are not marked; the 时效 value ``12月20日`` with
小于等于 in xe18 is a date cap, not a defect; xe17's money sheet has no marks because it adds up.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout411 import bureau, festival, tourism
from tests.variants.holdout411.registry import HOLDOUT411
from tests.variants.kit import Variant

MODULES = (festival, tourism, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT411, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 411th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
