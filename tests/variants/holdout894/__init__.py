"""The 894th held-out set: preschool education subsidies and inclusive kindergartens
(学前教育普惠性幼儿园补助), 18 invented returns, 9 correct and 9 with 2–3 planted mistakes.

Layouts: project heads (NAT-2021 and OLD-NAT) with money in 万元 carried by the number format;
two projects stacked in one sheet (kht03, kht04); numbered tier labels with points and an
indicator score column under 指标内容 · 绩效标准 (kht05, kht06); three- and two-year projects with
中期 and 年度 columns (kht07–kht10), the latter with a two-row header, operators in words in
their own column and a unit column; tier labels with * and ★ and abbreviated tier-2s with a 注
row inside the table, footnotes and signature lines (kht11, kht12); department returns with
budget shares and 年度主要任务 and a header repeated after a page break (kht13, kht14); flat lists
指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kht15, kht16); budget-system exports with codes in
the first columns, detail lines on sheet 05-1 and the indicator table on sheet 05-2 under
考核指标 · 绩效目标值 (kht17, kht18).

Planted mistakes (return: code, highest accepted severity, place):

* kht02: D104 ≤warning (row of 受助在园幼儿人数: goal 3200人, indicator 2300人); Y102 ≤error alt
  Y103, Y101 (拨付时间 2024年10月31日前 in a 2025 return); F201 ≤warning (row of
  保教质量评估达标率 under 时效指标).
* kht04: B101 ≤error (second project's 年度资金总额 90 ≠ 60 + 20); D102 ≤error alt D103, D101
  (row of 配备玩教具的幼儿园数量 25所 against 玩教具配备幼儿园数 30所); B107 ≤warning (row of the
  1.2万元/套 standard: × 100套 = 120 > 90).
* kht06: W103 ≤error (三、效益指标（30分） cell: 15 + 10 = 25); D104 ≤warning (row of 资助幼儿人数:
  goal 900人, indicator 800人); W101 ≤error tolerated (book level, follows from W103).
* kht08: D204 ≤warning (年度目标 cell, copied from 中期目标); D201 ≤error (年度 新建公办幼儿园数
  12 > 10); D202 ≤warning (年度 新增普惠性学位数 copied); a tolerated warning on the annual cost
  cell (2700 × 1万元 > 900 follows from the copy).
* kht10: Y103 ≤warning alt Y101 (年度目标 cell naming 2024 in a 2025–2026 project); T108
  ≤warning (row of 每个托班改造成本 with 大于等于).
* kht12: F201 ≤warning (row of 新认定普惠性民办幼儿园数 under 质量指标); F201 ≤warning (row of
  民办园举办者满意度 under 社会效益指标); B107 ≤warning alt D104 (row of 每所认定奖励标准 6万元:
  × 18所 = 108 > 90, and the goal says 5万元).
* kht14: B102 ≤error (金额合计 2300 ≠ 1200 + 600 + 300); D104 ≤warning (row of
  补助普惠性幼儿园数: goal and task 52所, indicator 46所); D102 ≤error alt D101, D103 (row of the
  second 普惠性幼儿园覆盖率, under 可持续影响指标, 85% against 88%).
* kht16: D104 ≤warning (row of 保教费减免幼儿人数: goal 3000人, indicator 2600); W101 ≤error (book
  level: weights add to 95).
* kht18: B102 ≤error (合计 420 on sheet 05-1, lines add to 400); Y101 ≤error alt Y103 (title of
  sheet 05-2 says 2024, the budget sheet 2025).

Legitimate look-alikes in the correct returns: typed percent cells (kht01, kht07, kht13, kht15,
pct(1) as 100%); 家庭保教费支出下降率 ≥10% (kht01, kht15) and 入托难投诉下降率 大于等于 (kht09);
施工安全事故 等于 0 起 (kht09) and 资助对象错漏事件 0起 (kht05); rates raised in 百分点 (kht01,
kht03, kht05, kht07, kht11, kht17); 100 both ways in kht05 (tier points in the labels and
indicator scores, with a 注 saying so); unit cost × count equal to the money (kht01 1500 × 2400 =
360万, kht03 500 × 12 × 400 = 240万 and 2000 × 300 = 60万, kht05, kht07 1万 × 1200 = 1200万 and ×
3600, kht11 5万 × 20 = 100万) or within it (kht09 50 × 8 = 400 ≤ 800, kht17 2.5 × 120 = 300);
the same indicator name 补助资金按季拨付率 with different values in two stacked projects (kht03);
period counts beside smaller annual counts and equal rates / unit costs in both columns
(kht07, kht09); the goal's 4所（新建1所、改扩建3所） and 46所（公办28所、民办18所） totals with
their parts (kht07, kht13); a later year the work prepares for (为2028年…积累经验, kht07); a
footnote explaining the 100万元 total (kht11); fill dates in 2024 (kht01, kht11); `=100%` typed
as text (kht17).

Judgements: a past deadline in a budget-year return (kht02) is an impossibility, so error; a
goal count against an indicator count is a warning (the reviewer asks); a 2024 in the 年度目标
(kht10) is a warning as text, while a 2024 title beside a 2025 budget sheet (kht18) is a year
mismatch (error). The same indicator with two values (kht04, kht14) is a contradiction, marked
D102 at error. 为2028年…积累经验 (kht07) lies after the 2025–2027 period but names what the work
prepares for, not a target, so it is not marked. 满意度 under 社会效益 (kht12) is F201 rather than
F105: the tier-2 belongs to its tier-1, the indicator does not fit the tier-2.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout894 import department, inclusive, subsidy
from tests.variants.holdout894.registry import HOLDOUT894
from tests.variants.kit import Variant

MODULES = (subsidy, inclusive, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT894, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 894th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
