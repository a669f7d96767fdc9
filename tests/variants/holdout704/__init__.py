"""The 704th held-out set: 18 invented returns of 蓉川县 (invented county) on a stray-dog and
rabies control programme (``rabies``), a pet vaccination drive (``vaccination``) and an animal
shelter (``shelter``), with a careful reviewer's marks. Aim: checks across the table (goal text
against indicators, years and dates, 中期 against 年度, duplicates, tier-2 placement, unit cost ×
count against money, parts against totals, leftovers).

Layouts: project heads (one-year and three-year with 中期 and 年度 columns), department heads with
budget and task blocks, a flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), two projects
stacked in one sheet, an operator column in words with a direction column and a unit column, a
numbered tier-1 with points beside indicator points, abbreviated tier labels with ★, headers
考核指标 / 目标值（年度） / 预期目标 / 预期实现值, a budget-system export (sheets 05-1 and 05-2,
codes in the first columns, indicators on the second sheet), 注 / 说明 / 填表说明 rows, a header
repeated after a break, signature and date lines, a detail block under the table.

Correct returns (nothing to report): kal01, kal02, kal03, kal04, kal05, kal06, kal07, kal08, kal09.

Planted mistakes (return: code, highest accepted severity, place):

* kal10-goal-against-indicators: B107 ≤warning Sheet1!D9 (row; 20元 × 10000只 = 20万 > 16万);
  D104 ≤warning Sheet1!D10 (row; goal 12000只, indicator ≥10000只); D104 ≤warning Sheet1!D13
  (row; goal 10月31日前, indicator 11月30日前).
* kal11-years-left-over: Y104 ≤error Sheet1!F4 (end 2024-12-31 before start 2025-01-01; alt
  Y102, Y101); Y103 ≤warning Sheet1!B7 (年度目标 says 2024年底前; alt Y101); Y102 ≤error
  Sheet1!D12 (deadline 2024年9月30日前 in a 2025 project; alt Y103).
* kal12-period-against-annual: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D201 ≤error
  Sheet1!E12 (annual ≥50000只 above the period's ≥45000只); D202 ≤warning Sheet1!E13 (≥300人
  copied into 年度).
* kal13-duplicated-indicators: D102 ≤error Sheet1!D12 (row; 接种点监督检查次数 twice, 40 / 60家次;
  alt D101, D103); D103 ≤warning Sheet1!D14 (row; 冷链设备运行达标率 under 可持续影响 repeats
  冷链设备达标率 under 质量; alt D101, D102, F201).
* kal14-wrong-tier2: T105 ≤error Sheet1!D10 (登记率 ≥3000只); F201 ≤warning Sheet1!D11 (row;
  合格率 under 时效); F201 ≤warning Sheet1!D15 (row; 满意度 under 社会效益; alt F105).
* kal15-shelter-money: B101 ≤error Sheet1!C5 (row; 95 ≠ 80 + 10); B107 ≤warning Sheet1!D12 (row;
  1.8万元 × 60间 = 108万 > 95万); tolerated: * ≤warning Sheet1!C18 (an amount with a bracketed
  note, 18万(其中笼具 12万元，监控 6万元), read as 18; lines then add up to 95).
* kal16-shelter-tasks-goal: B102 ≤error Sheet1!D9 (70 + 30 + 25 = 125 ≠ 金额合计 120); D104
  ≤warning Sheet1!D12 (row; goal 800只, indicator ≥600只).
* kal17-template-left-over: F110 ≤error Sheet1!C11 (value without a name); F109 ≤warning
  Sheet1!B12 (row; 时效指标 left empty); X101 ≤error Sheet1!D15 (template example 示例：XX指标
  ≥XX%).
* kal18-direction-and-bound: T106 ≤error Sheet1!E10 (覆盖率 105%); T108 ≤warning Sheet1!D14 (row;
  ≥ on 犬只咬伤事件发生率).

23 required marks, 17 of them found only across the table (kal10–kal16).

Legitimate look-alikes in the correct returns: a goal count with a part in brackets (kal01 9000只
其中城区5200只; kal03 1000只 其中犬700只、猫300只); ≤0起 on incident counts (kal01, kal05, kal09)
and 小于等于 0 例 (kal07); a 下降率 with ≥ (kal04) and as 正向 (kal07); ≤0% on a growth rate
(kal05); typed percent cells (kal01, kal02, kal08, kal09); =100% on capped rates; tier points and
indicator points both adding to 100 and a rise of ≥5百分点 (kal06); 中期 counts above the year's,
unit costs and rates equal in both columns, a later year (2028) the work prepares for (kal02);
unit cost × count equal to or under its money (kal03 800元 × 1000只 = 80万 = task; kal05, kal06,
kal07, kal08, kal09); the same indicator name with different values in two stacked projects
(kal05); fill and signature dates in 2024 (kal01, kal03, kal09); a footnote explaining why
金额合计 = 项目支出 (kal03) and a note on the 2024 base of a 下降率 (kal04); a completion date as a
date cell (kal08); an instruction row inside the table and a repeated header (kal09).

Judgements: kal10's 11月30日前 lies within the year, so it is only a contradiction of the goal
(D104), not Y102. kal11's end date is marked Y104 (an impossibility) with Y102 / Y101 accepted.
kal13's exact duplicate with two values is an error (one indicator cannot have two targets); the
near-duplicate is a warning. kal14's satisfaction under 社会效益 may be reported as a wrong
parent (F105 accepted). kal15: B101 may land on any cell of the money row. kal02's 2028 names a
later year the work prepares for, not a leftover; a Y103 there would be a false warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout704 import rabies, shelter, vaccination
from tests.variants.holdout704.registry import HOLDOUT704
from tests.variants.kit import Variant

MODULES = (rabies, vaccination, shelter)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT704, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 704th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
