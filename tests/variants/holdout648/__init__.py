"""Held-out set 648: 木薯与甘薯淀粉加工、胡麻油小作坊整治 (cassava and sweet-potato starch
processing; rectifying small flax-seed oil workshops), written blind to measure ``goalbook check``
out of sample. 18 invented returns, 9 correct, 23 required marks; the set aims at checks across
the table (goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong
tier-2, cost × count against money, parts against totals, leftovers).

Modules: ``starch`` (gh01–gh06), ``oil`` (gh07–gh12), ``mixed`` (gh13–gh18).

Layouts: project heads (NAT-2021 and OLD-NAT) with 万元 in the number format; numbered tier labels
with points (gh01); a detail block under the head (gh03, gh04); a table on a second sheet under
预期实现值 (gh05); a budget-system export with codes in the first columns and the header on row 3
(gh06); department heads with flat lists (gh07, gh08); three- and two-year projects with 中期 and
年度 columns (gh09, gh10, the latter with tier and indicator points); two stacked projects (gh11);
a department with weights, a repeated header after a page break and a 合计 row (gh12); a
transfer-payment 区域绩效目标表 with *, ★ and abbreviated labels (gh13); headers 考核指标 /
绩效标准 with word operators in their own column (gh15); operator and unit columns (gh16); header
预期目标 with template rows (gh17); instruction, note, 填表说明 and signature rows (gh18).

Planted mistakes (code, highest accepted severity, place):

* gh02: D104 ≤warning Sheet1!D10 (row): 年度目标 says 收购鲜薯8000吨, indicator ≥6000吨;
  F201 ≤warning Sheet1!D13 (row): 淀粉出品合格率 under 时效指标;
  Y102 ≤error Sheet1!D14, alt Y103/D104: 投产时间 2024年11月30日前 in a 2025 project whose goal
  says 2025年11月底 (last season's date).
* gh04: B102 ≤error Sheet1!C12, alt B101: detail lines 90 + 40 + 15 = 145 ≠ 合计 150;
  B107 ≤warning Sheet1!D19 (row): 补助上限 50万元/家 × 4家 = 200 > 年度资金 150.
* gh06: X103 ≤warning 项目支出预算05-1!D5: ``125,000.00`` stored as text;
  D103 ≤warning 项目支出绩效目标05-2!E6 (row), alt D101: 成品淀粉白度达标率 beside 淀粉白度达标率.
* gh08: W101 ≤error book level: weights add to 95;
  D104 ≤warning Sheet1!E12 (row): 抽检批次 100 against the goal's 120批次.
* gh09: D204 ≤warning Sheet1!D9: 年度目标 copied from 中期目标;
  D201 ≤error Sheet1!E12: 年度 ≥55家 above 中期 ≥50家;
  Y102 ≤error Sheet1!D15, alt Y103: 中期 deadline 2028年6月30日 after the period 2025—2027.
* gh11: Y102 ≤error Sheet1!D20, alt Y101: the second project's 计划开始日期 2024-03-01 (last
  year's) in a 2025 one-year project; B101 ≤error Sheet1!C21: 年度资金总额 95 ≠ 70 + 20.
* gh14: F201 ≤warning Sheet1!C11 (row): a count (挂牌公示作坊数量) under 质量指标;
  D101 ≤warning Sheet1!C15 (row), alt D103: 小作坊抽检合格率 again under 社会效益指标;
  F201 ≤warning Sheet1!C16 (row): 作坊经营者满意度 under 社会效益指标.
* gh16: T106 ≤error Sheet1!E11: typed 105% on a 验收合格率;
  D104 ≤warning Sheet1!E12 (row): 挂牌完成时间 ≤2025年11月30日, the goal says 9月30日前;
  T108 ≤warning Sheet1!D14 (row): ≥ on 酸价超标批次率 (反向, the goal says 3%以内).
* gh17: F110 ≤error Sheet1!C12 (empty name, value ≥2次); X101 ≤error Sheet1!D13: the template's
  example row 示例：宣传活动场次 ≥**场; F109 ≤warning Sheet1!B17 (row): 社会成本指标 left empty.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ and ``≤0起`` accidents (gh01,
gh12, gh17 too), typed percents ``pct(1)``, ``pct(0.9)``, ``pct(0.96)``, ``pct(0.98)``; goal
totals with parts in brackets (gh01 3家 = 2 + 1, gh07 45家 = 18 + 27, gh13 12处 = 5 + 7, gh10
80家 = 35 + 45); unit cost × count equal to the money (gh11 first project 6 × 8 = 48, gh15 16 × 5
= 80, gh17 600元 × 200 = 12万, gh18 600元 × 600 = 36万) or within it; ``=100%`` at the ceiling;
百分点 targets (gh04, gh05, gh10); a later year the pilot prepares for (gh05: 为2027年在全县推广);
中期 counts above 年度 counts and equal rates/costs in both columns (gh10); tier points 50 + 10 +
30 + 10 and indicator points adding to 100 too (gh10); signature dates in 2024 (gh03, gh12,
gh18); 说明 / 注 / 填表说明 / 审核意见 rows, a repeated header and a 合计 row (gh03, gh12, gh18);
the same indicator name (从业人员培训人次) with different values in the two stacked projects
(gh11); a footnote explaining the 120万元 total (gh03); 成本 under 产出 in OLD-NAT returns.

Judgements: gh02's 2024 deadline is marked Y102 (error: a goal date before the project starts
cannot be met) with Y103 and D104 accepted; gh16's November deadline is within the year, so
only D104 (warning) fits. gh04's B107 is a warning (a cap, not a spend), B102 an error
(arithmetic). gh08's weights are a book-level W101. gh11's second start date is an error because
the 1年 project would then span two budget years. gh06's near-duplicate is a warning (same
value), D101 accepted. gh09's 中期 deadline after 2027 is an error, Y103 accepted. ``≤0起`` on
incidents and ``≤0批次`` 苯并芘超标 (gh07) are not zero targets.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout648 import mixed, oil, starch  # each registers its returns
from tests.variants.holdout648.registry import HOLDOUT648
from tests.variants.kit import Variant

MODULES = (starch, oil, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT648, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 648th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
