"""The 760th held-out set: 18 invented returns of a provincial sports bureau (澄川省体育局, all
names invented): the 全民健身 games (games.py, kcp01–06), the youth sports-school coaching subsidy
(coaching.py, kcp07–12) and 社会体育指导员 training (instructors.py, kcp13–18). 9 correct, 9 with
24 required marks; most of them are found only by comparing one part of a return with another.

Layouts: project heads with 万元 number formats (kcp01–06, 11–18); department heads with budget
and key tasks (kcp07, 08) or without tasks over flat lists (kcp09 operator column, kcp10
direction column and weights last); operator and unit columns with typed percent cells (kcp01,
kcp09); two projects stacked in one sheet (kcp03, 04); 中期 and 年度 columns (kcp05, 06, 17, 18);
numbered tier labels with points and an indicator score column (kcp11); a tier-1 score column
(kcp12); a table on a second sheet under 考核指标 / 预期实现值 (kcp13); a budget-system export
(sheets 05-1 / 05-2, codes in the first columns, header on the third row, a 度量单位 column,
kcp14); 指标内容 / 绩效标准 headers, a note row, the header repeated after a page break,
填表说明 and signature lines (kcp15); header 预期目标 (kcp16).

Planted mistakes (code, highest accepted severity, place):

* kcp02: B101 error Sheet1!C5 (年度资金 120 ≠ 100 + 30); D104 warning row 10 (goal 28项,
  indicator ≥24项); Y102 error Sheet1!D13, alt Y103 (deadline 2024年11月30日前 left from last
  season in a 2025 return).
* kcp04: D102 error row 13, alt D103/D101 (参赛运动员人次 ≥5000 under 社会效益 repeats
  参赛运动员 ≥6000 under 数量); B107 warning row 25 (second project: 3万元/场 × 40场 = 120 >
  80万元).
* kcp06: D201 error Sheet1!E12 (annual 80场 above the two-year period's 60场); T108 warning
  row 15 (运动损伤发生率 ≥2%).
* kcp08: B102 error Sheet1!D9 (tasks 200 + 120 + 90 = 410 ≠ 金额合计 400); B107 warning row 12
  (1.8万元/人 × 240 = 432 > 项目支出 400); D104 warning row 13 (goal 260名, indicator ≥240人).
* kcp10: Y103 warning Sheet1!B5, alt Y101 (goal text 完成2024年度…补助发放 in 2025);
  D103 error row 10, alt D102/D101 (补助教练员人数 ≥260 beside 教练员补助人数 ≥280); W101 error
  book level (weights add to 90).
* kcp12: W103 error Sheet1!B9 (产出 declared 50, indicators 15 + 15 + 10 = 40); F201 warning
  row 10 (a head count under 质量指标); F201 warning row 14 (参训教练员满意度 under 社会效益指标);
  W101 book level tolerated, not required (the same shortfall seen as a total of 90).
* kcp14: D104 warning row 4 of sheet 05-2 (goal 1500名, indicator ≥1200人); Y102 error F6,
  alt Y103 (2026年6月30日前 in a one-year 2025 project); B107 warning row 7 (800元 × 1200 =
  96万元 > 80万元).
* kcp16: F110 error Sheet1!C11 (≥20场 without a name); F109 warning row 14 (生态效益指标 left
  empty from the template).
* kcp18: Y101 error Sheet1!D4, alt Y102 (计划开始日期 2024-03-01 while title and 中期目标 say
  2025—2027); D204 warning Sheet1!D9 (年度目标 copies 中期目标); D202 warning Sheet1!E12
  (累计培训 ≥3000人 in both columns).

Legitimate look-alikes in the correct returns: kcp01 `赛事安全事故 ≤0起`, `提高 ≥1百分点`, typed
percents in an operator column, a goal count (32项) with a part in brackets; kcp03 the same name
参赛人次 with different values in two stacked projects, 其他资金 0; kcp05 the period's 90场 beside
the year's 30场, equal rates and unit costs in both columns, 2028 named as the games the work
prepares for, 4万元 × 30场 = 120 equal to (not above) the annual money; kcp07 a 下降率 with ≥, a
footnote explaining that 金额合计 equals 项目支出, a goal total with its parts in brackets;
kcp09 a 合计 row under a flat list; kcp11 tier points and indicator points both adding to 100,
`提高≥2百分点`; kcp13 the goal's 二级800名 as a 其中 indicator; kcp15 a note row and a
repeated header inside the table, new + retrained = the goal's 1000名 total; kcp17 2400人 /
1200人 and 提高≥5 / ≥3百分点 matching the goals.

Judgements: fill dates in November of the year before the budget year are normal and not a
year conflict; `=100%` on 训练器材配齐率 and the period's 社区指导员配备率 is the ceiling; a
standard × count equal to the money does not exceed it; the duplicate count in kcp04 and kcp10
has two different values, so an error is accepted (D102), a warning is enough; a cost over the
money (B107) and a goal that disagrees with an indicator (D104) are doubtful, not impossible:
warnings; a deadline before the budget year or after a one-year project ends (Y102) cannot be
kept: error; 2028 in kcp05 is a later event the work prepares for, not a leftover; the 合计 rows
in kcp09 and kcp11 are totals, not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout760 import coaching, games, instructors
from tests.variants.holdout760.registry import HOLDOUT760
from tests.variants.kit import Variant

MODULES = (games, coaching, instructors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT760, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 760th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
