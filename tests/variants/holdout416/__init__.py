"""The 416th held-out set: 18 invented returns of 红峒县 (an invented southern county) on its
lychee (荔枝) orchard renewal and its lychee cold chain, with a careful reviewer's marks.

Layouts: project heads (``heads.project_head``) with one-year money (one amount per row) or
multi-year money (实施期 and 年度), department heads with key tasks and a 金额合计 row, tier-1
and tier-2 merged down; operator and unit columns (xj01, xj09), operators inside the values,
numbered tier labels with points (xj03), abbreviated labels with ★ (xj17), headers 预期目标
(xj05), 考核指标 · 目标值（年度） · 评价标准 (xj10), 预期实现值 on a second sheet (xj11), 中期 /
实施期 and 年度 columns (xj04, xj06), two projects stacked in one sheet (xj07, xj08), flat lists
(xj15, xj16), a budget-system export with codes in the first columns and the header on the
third row of a second sheet (xj12), tier-1 and indicator score columns (xj18), 说明 / 注 /
填表说明 rows, a subtotal and total rows, a header repeated after a page break, sign-off lines.

Planted mistakes (22 required marks; highest accepted severity):

* xj02-orchard-direction: T108 Sheet1!D10 warning (row), ``=150元/亩`` on a cost cap; T108
  Sheet1!D12 warning (row), ``≤3000套`` on a 正向 count; T108 Sheet1!D17 warning (row),
  ``≥5%`` on a 为害发生率.
* xj04-orchard-multi-year: D201 Sheet1!E12 error, annual 水肥一体化 1800亩 above the period's
  1500亩; D202 Sheet1!E13 and Sheet1!E14 warning, cumulative counts (培训 1800人次, 示范点
  12个) copied from the 中期 column of a three-year project.
* xj05-orchard-template-rows: F109 Sheet1!B11 warning (row), 社会成本指标 left from the
  template; F110 Sheet1!C15 error, a 时效 deadline with an empty name.
* xj08-coldchain-stacked-defects: B101 Sheet1!C20 error, the second project's 260 ≠ 200 + 40;
  T105 Sheet1!D26 error, 温控设备安装率 ``36台``.
* xj09-coldchain-artefacts: X104 Sheet1!F4 warning, 计划完成日期 ``45930`` as text; X103
  Sheet1!C7 warning, 其他资金 ``350,000`` as text; T106 Sheet1!E12 error, a typed 102% on
  冷库设施完好率.
* xj12-coldchain-export: T106 部门项目支出绩效目标05-2!F5 error, ``≥102%``; T113
  部门项目支出绩效目标05-2!F6 warning, 设备更新完成时间 ``100%``.
* xj14-dept-money-wrong: B101 Sheet1!B4 error, 资金总额 1500 ≠ 1320 + 150 (基本 900 + 项目
  600 holds); B102 Sheet1!D9 error, tasks 280 + 200 + 150 = 630 against 金额合计 600.
* xj16-dept-flat-defects: T112 Sheet1!B7 error, ``60万元`` against unit column 个; T108
  Sheet1!B10 warning (row), 反向 腐损率 with ``≥8``; W101 book level error, weights 95.
* xj18-dept-tier-points: W103 Sheet1!B14 error, 成本指标 scored 20 over indicators 10 + 5;
  F105 Sheet1!C20 error, 可持续影响指标 under 满意度指标; W101 book level error tolerated
  (not required): the total 95 is the same shortfall.

Legitimate look-alikes in the correct returns: typed percent cells (xj01, xj15, ``=100%`` as
pct(1) in xj01); 下降率 with ≥ (xj01 农药使用量下降率, xj17 能耗下降率); pct(0) ``≤0%`` on a
使用量增长率 (xj15; also unmarked in xj04); ``0起`` on an accident count (xj06); points at
two levels both adding to 100 and a 合计 100 row (xj03); 小计 and 合计 weight rows (xj17);
rates raised in 百分点 (xj03, xj06, xj13); the same 荔枝采后损耗率 with different values in two
stacked projects (xj07); unit cost × count equal to its money (xj07 both projects, xj11, xj13,
xj17); a 注 explaining a total and a signature date in the previous year (xj11); equal 实施期 and
年度 rates with smaller annual counts (xj06); a 2026 deadline in the period column of a
two-year project (xj06).

Judgements where a reviewer could hesitate:

* xj10: 600立方米 × 1500元 = 90万 equals the 项目资金总额 (60 财政 + 30 合作社 own funds); the
  cost is matched against the whole project money, not 财政拨款 alone, so nothing is marked.
* xj02: ``≤3000套`` on 性诱捕器安装数量 is a 正向 output capped, a warning; ``=150元/亩`` on a
  cost is marked T108 as the README's d01 marks ``=`` on a cost.
* xj09: the 102% is a typed percent (1.02 with format ``0%``), an impossibility, so an error;
  the text amount and the text serial are doubtful only (warnings).
* xj14: only 资金总额 is marked for B101 (基本支出 + 项目支出 matches it, so 财政拨款 or 其他
  资金 may be the wrong one; the finding names the total either way).
* xj16: weights add to 95, not 90, so the 预算执行率-scored-apart exception cannot excuse it.
* xj12: the export header sits on row 3 of the second sheet; the codes in columns A and B are
  not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout416 import coldchain, department, orchard
from tests.variants.holdout416.registry import HOLDOUT416
from tests.variants.kit import Variant

MODULES = (orchard, coldchain, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT416, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 416th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
