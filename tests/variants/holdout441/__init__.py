"""The 441st held-out set: a county's ballet and dance (舞蹈) training for rural children.

Everything is invented: 澜埠县 and its towns (苇塘镇, 石碾乡, 柳湾镇), its units (澜埠县少年宫,
澜埠县文化馆, 澜埠县民族歌舞团, 澜埠县青少年活动中心, 澜埠县青少年舞蹈培训中心), people,
phone numbers and figures. Budget year 2025 (yi17: a 2026–2028 project). Half the returns are
about ballet (芭蕾启蒙, 形体课, 考级, 师资), half about folk and children's dance (民族舞蹈,
送教下乡, 舞蹈基地).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in 万元
(number format ``0.00"万元"``); department heads with budget and key tasks; tier-1 and tier-2
merged down; operator and unit columns (yi01, yi02); numbered labels with points (yi03);
marked and abbreviated labels (yi04); tier-1 and indicator score columns (yi05); headers
考核指标 / 目标值（年度） / 分值 / 评价标准 (yi06), 预期目标 (yi12), 绩效目标值 / 度量单位
(yi16); flat lists (yi07, yi08); a 注 row inside the table, a header repeated after a page
break, 小计 / 合计 rows and 填表说明 (yi11); two projects stacked in one sheet (yi13, yi14);
multi-year projects with 中期 and 年度 columns (yi15, yi17); a budget-system export with codes
in the first columns, the money on sheet 05-1 and the indicators on sheet 05-2 under a header on
the third row (yi16); detail lines under the table (yi18); signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* yi02: B105 ≤error at 其他资金 (a ``#,##0.00"元"`` cell in the 万元 block; B101 tolerated at
  book level); T106 ≤error at the typed ``105%`` of 芭蕾一级考级通过率; T108 ≤warning (row) at the
  ≥ of 学员运动损伤发生率.
* yi04: T108 ≤warning (row) at ``≤20场`` on 送教下乡场次; F105 ≤error at the tier-2 社会效益
  merged under *产出指标.
* yi06: W103 ≤error at ``产出指标（40分）`` (indicator points 15 + 10 + 10 = 35; W101 at book level
  tolerated, the indicator points then add to 95); T105 ≤error at ``60人`` of 舞蹈考级参与率.
* yi08: T112 ≤error at ``≥12万元`` against the unit column 平方米; T108 ≤warning (row) at ``≥3%``
  of 学员训练受伤率 (反向); W101 ≤error book level (weights add to 90).
* yi10: B101 ≤error (row) at 资金总额 300 (250 + 40 = 290); B102 ≤error at 金额合计 120
  (50 + 38 + 30 = 118).
* yi12: F110 ≤error at the empty name of a 质量指标 row valued ``≥95%``; F109 ≤warning (row) at
  the template tier-2 生态效益指标 with no indicator.
* yi14: B101 ≤error (row) at the second project's 年度资金总额 26 (20 + 5); X104 ≤warning at
  计划完成日期 typed as the text ``46022``; T105 ≤error at ``30人`` of 辅导课学员出勤率.
* yi17: D204 ≤warning at the 年度目标 copied from 中期目标; D202 ≤warning at the annual cells of
  建设少儿舞蹈基地 and 培训农村儿童 copied from 中期 (B107 tolerated at book level: 12 bases ×
  6万元 beside a 30万元 year follows from the copy).
* yi18: X105 ≤warning (alt X103) at 财政拨款 ``38.2 5``; X106 ≤error (alt B108) at the detail
  line ``12万12万``.

Legitimate look-alikes in the correct returns: typed percent cells and ``=`` 100% at the ceiling
(yi01, yi07, yi16); ``≤0起`` / ``≤ 0 起`` on accident counts (yi01, yi13); ≤ on 流失率 and
伤害发生率 (反向, yi01, yi03, yi07); a 下降率 with ≥ and a footnote on its base (yi03); unit cost ×
count equal to the money (yi01, yi13, yi15, yi16); tier points and
indicator points both adding to 100 with a 合计 row (yi05); rate rises in 百分点 (yi05, yi15);
the same indicator name with different values in two stacked projects (yi13); subtotal, total,
注, 填表说明 and repeated header rows (yi11); a footnote explaining that 金额合计 = 项目支出
(yi09); fill dates in the year before the budget year (every signature line but yi17's); rates
equal in the 中期 and 年度 columns (yi15, yi17).

Judgements: yi01's ``明显提升`` grade without operator is a qualitative value, not a missing
operator; yi03's ``2025年10月31日前`` is a deadline in the budget year; in yi02 the 元 cell reads
4万 so 24 + 4 = 28 holds once converted, hence B101 only tolerated; in yi06 the declared tier
points (40 + 20 + 30 + 10) are not added to the indicator points; in yi10 B101 may land on any
cell of the budget row; in yi14 ``46022`` is 2025-12-31, so no year finding is asked for; in
yi17 the rates and the unit cost are legitimately equal across the columns, only the cumulative
counts are marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout441 import departments, multi, projects
from tests.variants.holdout441.registry import HOLDOUT441
from tests.variants.kit import Variant

MODULES = (projects, departments, multi)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT441, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 441st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
