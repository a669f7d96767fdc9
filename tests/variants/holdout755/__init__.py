"""The 755th held-out set: a county culture and tourism bureau (苍柘县文化广电体育和旅游局, budget
year 2026), aimed at checks across the table. Three themes: rural tourism signage
(``signage``, kck01–kck06), the 柘腔 county-opera troupe's performance subsidy (``opera``,
kck07–kck12) and the scenic-area toilet revolution (``toilets``, kck13–kck18). Everything is
invented (county, towns, scenic areas, troupe, people, phone numbers, figures).

Layouts: project heads with 万元 in the number format (kck01, kck13: operator and unit columns,
operators as symbols or words); a single value column with operators inside (kck02, kck15,
kck18); two projects stacked in one sheet (kck03, kck04); department heads with tasks and a flat
list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值; kck05, kck06); multi-year projects with
中期 and 年度 columns (kck07, kck08: three years; kck17: two years); points in the tier labels
and per indicator (kck09) or a tier-1 score column (kck10); the table on a second sheet under
考核指标 / 目标值（年度） / 评价标准 (kck11); a budget-system export with sheets 05-1 / 05-2,
codes in the first columns and the header on the third row (kck12); labels with *, ★ and
abbreviations, a weight column, a header repeated after a page break and a 合计 row (kck16).

Planted mistakes (code, highest accepted severity, place):

* kck02: D104 warning (row of 新设旅游导向标识牌 ≥120块: the 年度目标 says 150块); Y102 error
  (row of the deadline 2027年6月30日前 in a one-year 2026 project); B107 warning (row of
  ≤0.8万元/块: 0.8 × 120 = 96 > 80万元).
* kck04: D103 warning alt D101 (row of 旅游标识标牌安装数量, one character more than the row
  above, same value); B101 error (the second project's 年度资金总额 45 ≠ 30 + 10).
* kck06: B102 error (金额合计 440 ≠ 80 + 120 + 220); D104 warning (row of 乡村旅游接待人次 120
  against the goal's 150万人次); D102 error alt D101/D103/D104 (row of the second
  送戏下乡演出场次, 50 against 60).
* kck08: Y103 warning alt Y101 (年度目标 cell: 2025年 in a 2026—2028 project); D201 error alt
  D104 (the annual 复排传统剧目 ≥5 above the period's ≥4); D202 warning alt D104 (the annual
  青年演员培养人数 ≥12 copied from 中期, the 年度目标 says 4).
* kck10: W103 error alt W101 (产出指标 score 40 while its indicators add to 50); B107 warning
  (row of ≤1.0万元/场: 1.0 × 60 = 60 > 50万元); F201 warning (row of 农村观众满意度 under
  社会效益指标).
* kck12: D104 warning (sheet 05-2, row of 送戏下乡演出场次 ≥60场 against the 80场 of the goal
  on sheet 05-1); F201 warning (row of 演出质量合格率 under 时效指标).
* kck14: D104 warning (row of 改建旅游厕所 10 against the goal's 12座); T108 warning (row of
  节假日如厕排队超时投诉率 with ≥).
* kck15: F110 error (the empty name cell of the row ≥4座); D101 warning alt D103/F201 (row of
  the second 厕所保洁达标率, under 时效指标); F109 warning (row of the empty 生态效益指标).
* kck18: B101 error (年度资金总额 150 ≠ 100 + 30); Y104 error alt Y102/Y101 (计划完成日期
  2025-12-31 before the start 2026-01-01, a year left over); X104 warning (投入使用时间 "46326"
  as text).

Legitimate look-alikes in the correct returns: a goal's count with its parts in brackets
(kck01 120块 = 20 + 100; kck05 and kck13 16座 = 6 + 10, kck05 listing 其中：新建 6 as a part);
下降率 with ≥ (kck01, kck05, kck13); 0起 / ≤0起 on an incident count (kck07, kck13); =100% on
合格率 / 通过率 (kck03, kck05, kck09, kck11, kck13, kck17); ≥5百分点 on a 上座率 rise (kck09);
tier points and indicator points both adding to 100 with a 合计 row (kck09); unit cost × count
equal to the money (kck09 0.8 × 50 = 40, kck16 2.4 × 20 = 48) or within it (kck01, kck03, kck13,
kck17); a cost cap equal to the budget (kck11 ≤60万元); the same indicator name with other values
in two stacked projects (kck03 游客满意度); 中期 counts beside smaller 年度 counts and rates equal
in both columns (kck07, kck17); a later year the work prepares for (kck07 2029年, kck17 2028年);
a 中期 deadline in the second year of a two-year project (kck17); fill and signature dates in
2025 (kck01, kck03, kck05, kck09, kck13, kck16); a note row between stacked projects, 注 / 说明
/ 填表说明 lines, a header repeated after a page break, a 合计 row (kck03, kck07, kck13, kck16).

Judgements where a reviewer could hesitate:

* kck02's deadline in 2027 is marked as an error (a one-year project cannot end later); the goal
  count against the indicator is a warning: either may be the one to fix.
* kck06's duplicate with another value is marked as an error (one indicator cannot have two
  targets); D104 at that row is accepted because the 50 also contradicts the goal's 60.
* kck10's tier score is the error, not the indicator scores (they add to 100); W101 on the tier
  total (90) names the same problem.
* kck15's duplicate under 时效 is both a duplicate and a quality rate in the wrong tier-2:
  D101, D103 or F201 are accepted there.
* kck18's end date is a year left over: Y104 (end before start) is asked for, Y102 and Y101
  accepted.
* kck07's 演出安全事故 "0" with no operator and equal columns is a legitimate zero-incident
  target, not a copied count; kck13's ≤0起 likewise.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout755 import opera, signage, toilets
from tests.variants.holdout755.registry import HOLDOUT755
from tests.variants.kit import Variant

MODULES = (signage, opera, toilets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT755, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 755th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
