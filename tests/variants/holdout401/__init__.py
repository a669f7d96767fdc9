"""The 401st held-out set: invented returns on lacquerware craft workshops and heritage crafts
markets (漆器/传统工艺), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Places, units, people, phone numbers and figures are invented (梧岭市, 云樟县, 棠坞镇,
漆川区). Budget year 2025 throughout.

Layouts: project heads (one-year and three-year with 中期/年度 money) and department heads with
budget and key-task blocks; operator columns, unit columns, 指标性质 as operator or as
direction; tier labels numbered, with points, with ``*`` and ``★``, abbreviated; headers 预期目标,
考核指标, 目标值（年度）, 评价标准, 预期实现值, 中期指标值/年度指标值; two stacked projects in one
sheet; flat department lists; notes, subtotal rows, a header repeated after a page break,
填表说明 and signature lines; a budget-system export with codes in the first columns and the
table on a second sheet; percent cells typed in Excel; amounts in 万元 or 元 number formats.

Planted mistakes (return: code, highest accepted severity, place):

* wu02-percent-wrong: B101 error at the 年度资金总额 cell (45 + 10 ≠ 60); T106 error at the
  percent cell 105% of a 合格率; T107 warning (row) on the satisfaction row with ``=`` 95%.
* wu03-pdf-artefacts: X104 warning at 计划完成日期 ``45991`` as text; X103 warning at a detail
  amount ``86,000`` as text; X106 error (alt B108) at ``54000元54000元``.
* wu05-direction-inline: T108 warning (row) on ``旧漆器修复件数 ≤40件``, ``漆膜返工率 ≥3%`` and
  ``单件修复成本 =800元/件``.
* wu08-stacked-defects: B101 error at the second project's 年度资金总额 (20 + 4 ≠ 26); T105 error
  at ``夜市摊位入驻率 45个``.
* wu10-flat-defects: T112 error at ``≥12场`` (unit column 人); T105 error at ``覆盖率 ≥30个``;
  W101 error at book level (weights 95).
* wu12-multi-year-copied: D202 warning at two annual cells copied from 中期 (传承人, 档案);
  D201 error at the annual ``≥8场`` above the period ``≥6场``.
* wu14-marked-wrong-parent: F105 error at ``*社会效益指标`` under 产出指标; F202 warning (row) at
  ``预算执行率`` under 经济成本指标.
* wu16-template-rows: F110 error at an empty name cell with value ``≥95%``; F109 warning (row) at
  the empty 时效指标 and 生态效益指标 template rows.
* wu18-department-money-wrong: B101 error (row) on the budget row (120 + 25 ≠ 150); B102 error at
  金额合计 60 (tasks add to 63).

Legitimate look-alikes in the correct returns: ``漆器胎体开裂率 ≤5%`` (a 反向 rate with ≤, wu01);
percent cells with ``%`` also in the unit column (wu01, wu09); ``复购率提高 ≥3百分点`` and points
given both on tier-1 labels and per indicator, both adding to 100 (wu04); ``生漆过敏投诉下降率
≥20%`` marked 正向, a zero-incident target ``0 起`` (tolerated up to a warning, it has no
operator), a deadline ``2025年10月31日前`` (wu06); the same indicator with different values in two
stacked projects and ``=100%`` on an opening rate (wu07); unit cost × count equal to the money
(wu06, wu11); subtotal rows, a note explaining the total and
why 预算执行率 is absent, a fill date in December of the year before (wu11); rates and unit costs
equal in 中期 and 年度 (wu12); codes and project name in the first columns of an export (wu15);
a 评价标准 text column (wu17).

Judgements: ``=`` on a satisfaction rate is a warning (T107), not an error. ``0 起`` with no
operator on an incident count is a zero-accident target, not a rounded zero (no T115). The
``≤130000元/处`` cost cap in wu03 is in 元 like the head. In wu12 the ``≥60人`` annual value
copied from 中期 also makes the unit cost × count equal the annual money; only D202 is asked.
In wu18 B101 is marked on the row since the finding may land at any of its amounts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout401 import forms, markets, workshops
from tests.variants.holdout401.registry import HOLDOUT401
from tests.variants.kit import Variant

MODULES = (workshops, markets, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT401, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 401st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
