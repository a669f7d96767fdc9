"""The 841st held-out set: county archives (digitization of paper records, archive building
repairs, public access and exhibitions), 18 invented returns, 9 correct, 24 required marks.

Layouts: project heads (§3.1) with one value column, an operator and unit column pair, 中期 and
年度 columns (kfs03, kfs04, kfs18), numbered or abbreviated tier labels (kfs06, kfs10), tier
points with an indicator score column on a second sheet under 预期实现值 (kfs09), two projects
stacked in one sheet (kfs11, kfs12), a 注 row inside the table and a header repeated after a
page break (kfs15); department heads (§3.2) with tasks and 金额合计 (kfs13, kfs14) and flat lists
(kfs05, kfs17). Money in 万元 carried by the number format; typed percent cells in kfs01, kfs03,
kfs05, kfs07, kfs13.

Planted mistakes (code, highest accepted severity, place):

* kfs02-scan-goal-cost: D104 ≤warning (row, 档案扫描页数: goal 100万页, indicator 80万页);
  Y102 ≤error (项目完成时限 2026年3月31日前 in a one-year 2025 project); B107 ≤warning (row,
  扫描单价 0.5元 × 80万页 = 40万元 > 32万元).
* kfs04-period-copied: D204 ≤warning (年度目标 cell, copied from 中期目标); D201 ≤error
  (档案修裱页数 年度 8000 > 中期 6000).
* kfs06-ocr-duplicate: Y103 ≤warning (年度目标 cell, 2024年底前 left from last year); D102
  ≤error alt D103/D101 (row, 识别文本人工校对条目数 5万 against 识别文本校对条目数 3万); F201
  ≤warning (row, 全文检索查准率 under 时效).
* kfs08-repair-money: B101 ≤error (年度资金总额 95 ≠ 80 + 10); D104 ≤warning (row, 外墙修缮面积
  2000 against the goal's 2400); B107 ≤warning (row, 600元 × 2000平方米 = 120万元 > 95万元).
* kfs10-fire-wrong-tier: F201 ≤warning (row, a count under 质量); F201 ≤warning (row, 消防验收
  合格率 under 时效); Y102 ≤error (工程完工时间 2026年5月31日前 in a one-year 2025 project).
* kfs12-stacked-wrong: B101 ≤error (second project's 年度资金总额 40 ≠ 32 + 5); D103 ≤warning
  alt D102/F201 (row, 破损档案修复数量 1.5万页 under 质量, the 2万页 count again).
* kfs14-department-wrong: B101 ≤error (资金总额 300 ≠ 基本 180 + 项目 110); B102 ≤error (金额合计
  110 ≠ 30 + 45 + 25); D104 ≤warning (row, 专题展览场次 ≥4场 against the goal's 6场).
* kfs16-exhibit-years: Y101 ≤error alt Y102 (计划开始日期 2024-01-01 under a 2025 title); Y103
  ≤warning alt Y101/Y102 (年度目标 names 2024年6月底前); F201 ≤warning (row, 观众满意度 under
  社会效益).
* kfs17-flat-duplicate: D103 ≤warning alt D101/D102 (row, 查档接待服务人次 = 查档接待人次 with a
  word more); W101 ≤error (book level, weights 95).

Cross-table marks (goal against indicators, dates and years, 中期 against 年度, duplicates,
wrong tier-2, cost × count against money, parts against totals): all 24 of them.

Legitimate look-alikes in the correct returns: a goal count with its part in brackets and the
part as its own indicator (kfs01 婚姻登记档案, kfs07 东库房, kfs13 远程查档); a footnote
explaining a total that includes online visits (kfs15); a later year the work prepares for
(kfs03 为2028年申报); the period count beside a smaller year's, rates and unit costs equal in both
columns (kfs03, kfs18); =100% on acceptance rates; =0起 on incident counts (kfs05, kfs07,
kfs11); a 下降率 with ≥ (kfs01, kfs07); rises in 百分点 (kfs01, kfs09, kfs18); tier points and
indicator points both adding to 100 (kfs09); the same indicator name with different values in
two stacked projects (kfs11 工程验收合格率, 保管人员满意度); unit cost × count equal to or within
the money (kfs09 16万 × 4 = 64, kfs11 4万 × 3 = 12 and 0.3万 × 120 = 36); fill dates in
November of the year before.

Judgements: kfs04 专题数据库建设数量 ≥1个 in both columns is tolerated (ok ≤warning): a single
database may be built in the first year. kfs08's B107 compares with 95 or the 90 the sources
give; both are exceeded. kfs12's duplicate is a near-duplicate under another tier-2, so F201 is
accepted instead. kfs16's start date is an error (the plan cannot start a year before the budget
year of a one-year project); its 2024 in the goal only a warning. Deadlines in the next year of
a one-year project (kfs02, kfs10) are errors: outside the project period. kfs06 also mentions
2024 as the year images were scanned; the mark at that goal cell covers both.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout841 import access, digitize, repairs
from tests.variants.holdout841.registry import HOLDOUT841
from tests.variants.kit import Variant

MODULES = (digitize, repairs, access)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT841, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 841st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
