"""The 396th held-out set: butterfly and insect biodiversity conservation in nature reserves
(蝴蝶/昆虫多样性保护). 18 invented returns, 9 correct and 9 with planted mistakes (24
required marks). Places, units, people and figures are invented; budget year 2026.

Layouts: project heads (§3.1) with operator and unit columns (wp01, wp03), numbered tier labels
with points and an indicator score column (wp02), 中期 and 年度 columns (wp04, wp16), a two-row
header (wp15), department heads with flat lists (wp05, wp06) and with a tiered table (wp13),
footnotes, 说明, 填表说明 and signature lines (wp07), header 预期目标 with template rows (wp08),
the indicator table on a second sheet under 预期实现值 (wp09), stacked projects (wp10, wp11), a
tier score column (wp12), a budget-system export with codes and a repeated header (wp14), a
transfer-payment 区域绩效目标表 with *, ★ and abbreviated labels (wp17), an operator column with a
date-like deadline (wp18).

Planted mistakes (code, highest accepted severity, place):

* wp03-words-direction: T106 error at the 羽化率 value (105%); T108 warning (row) at the
  损毁率 operator 大于等于; T108 warning (row) at the 重捕率 operator 小于等于.
* wp04-garden-period: D202 warning at the 年度 cells of 建设面积 and 寄主植物种植数量 (copied
  from 中期); D201 error at the 年度 cell of 观蝶步道建设长度 (6 公里 > 4 公里).
* wp06-flat-defects: B101 error (row) at 资金总额 (180 + 150 ≠ 320); T105 error (alt T112)
  at 培训覆盖率 “12场”; W101 error at book level (weights sum to 95).
* wp08-pollinator-template: F110 error at the empty name cell of the row valued ≥95%; F109
  warning (row) at the empty 时效指标 tier-2.
* wp09-lighttrap-second-sheet: X105 warning (alt X103) at the 年度资金总额 text “38.5 6”; X104
  warning (alt T116) at the 提交时限 text “46356” on the second sheet.
* wp11-stacked-defects, second project: B101 error (row) at 年度资金总额 (22 + 6 ≠ 30); Y104
  error (row) at 计划完成日期 before 计划开始日期; T105 error at 数字化覆盖率 “2400号”.
* wp12-tier-points: W103 error at the 产出指标 score 45 (indicators 50) and the 效益指标 score
  35 (indicators 30); F105 error at 时效指标 under 效益指标.
* wp16-three-year-copied: B103 error at 年度资金总额 120 > 中期 100; D204 warning at the
  年度目标 cell (identical to 中期目标); D202 warning at the 年度 cell of 监测站点建设数量.
* wp18-deadline-zero-cost: Y102 error (alt Y103) at “2027年3月31日前” in a 2026 one-year
  project; T115 error (row) at the unit cost 0 (万元/株 in the name).

Legitimate look-alikes in the correct returns: typed percent cells with operator and unit
columns (wp01, wp05); a 下降率 with ≥ (wp01); tier points in the labels and indicator points
in a column, both adding to 100, and a 覆盖率 raised ≥5百分点 (wp02); a 增长率 ≤0% on
pesticide use and =100% on a 查处率 (wp05); ≤0起 on a case count, a note row between tiers,
footnotes, a fill date in 2025 (wp07); the same 监测样点数量 and 单个样点监测成本 with
different values in three stacked projects (wp10); a footnote saying 金额合计 is 项目支出
without 基本支出 (wp13); codes, a 合计 line and a repeated header in an export
(wp14); equal 中期 and 年度 values on rates and unit costs in a two-year project (wp15); ★ and
* marks and abbreviated tier labels, 中央补助 + 地方资金 (wp17). Every unit cost × count stays
within its money.

Judgements: a population or species count (成虫数量, 记录种数, 种群密度) under 生态效益 is an
outcome, not a misplaced 数量 output. In wp04 the copied counts are marked at each 年度 cell;
the step length 6 > 4 is an impossibility (error). In wp06 the B101 may land at any cell of the
budget row. In wp11 the date mark is a row mark (start and end sit in one row). In wp12 the two
tier totals both equal 100, so no W101 is due; the misplaced 时效指标 keeps its score in 效益.
In wp18 the 0 is read as a rounded unit cost (T115), not a 零增长 target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout396 import butterflies, insects, reserves
from tests.variants.holdout396.registry import HOLDOUT396
from tests.variants.kit import Variant

MODULES = (butterflies, insects, reserves)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT396, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 396th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
