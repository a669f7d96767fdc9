"""The 743rd held-out set: 枫渚县司法局 (an invented county judicial bureau), people's
mediation committees' case subsidies, free legal-aid services and community-correction
electronic monitoring. 18 returns, 9 correct; everything invented.

Layouts: project heads with 实施期/年度 money blocks (万元 in the number format), one value
column, operator and unit columns (symbols or words), 中期 and 年度 value columns (one- and
two-row headers), two projects stacked in one sheet, flat department lists, a department head
with tasks, numbered tier labels with points and an indicator score column, abbreviated labels
with ★, headers 指标内容/绩效标准, 考核指标/目标值（年度）, 预期目标, a budget-system export with
codes in the first columns and the table on the second sheet, 说明 rows, a repeated header,
footnotes, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kby02-subsidy-goal-cost: D104 ≤warning at the 补贴调解案件数 row (goal 1800 件, indicator
  1500 件); Y102 ≤error at the value 2024年12月31日前 (alt Y103, Y101); B107 ≤warning at the
  单件补贴 row (200 元 × 1500 件 = 30 万 > 25 万).
* kby04-stacked-money-duplicate: B101 ≤error at the second project's 年度资金总额 (40 ≠ 32 + 6;
  the equally wrong 实施期 total is tolerated); D102 ≤error at the second 人民调解员培训人次 row
  (alt D103, D101).
* kby06-flat-department-wrong: B102 ≤error at 金额合计 (18 + 26 + 14 ≠ 60); D104 ≤warning at the
  培训人次 row (goal 400, indicator 300); W101 ≤error at book level (weights 95).
* kby08-legal-aid-period-copied: D204 ≤warning at the 年度目标 cell; D201 ≤error at the annual
  案件办理数 (1500 > 1200); D202 ≤warning at the annual 值班律师法律帮助人次 (copied).
* kby10-legal-aid-wrong-tier2: T105 ≤error at 结案率 ≥580件; F201 ≤warning at the 评查合格率 row
  under 时效; F201 ≤warning at the 受援人满意度 row under 社会效益.
* kby12-hotline-dates: Y101 ≤error at the plan-date row (2024 dates under a 2025 title; alt
  Y102; a finding at the title is tolerated); Y102 ≤error at 2026年1月15日前 (alt Y103); T108
  ≤warning at the 投诉率 row.
* kby14-terminal-cost: B101 ≤error at 年度资金总额 (15 ≠ 12 + 2; 实施期 tolerated); D104
  ≤warning at the 终端配备数 row (goal 320 台); B107 ≤warning at the 租赁单价 row (600 × 300 =
  18 万 > 15 万).
* kby17-template-leftovers: X101 ≤error at ≥**人次; Y103 ≤warning at the row of
  2023年度电子监管覆盖率 (alt Y101); D103 ≤warning at the 越界告警及时处置率 row (alt D102, D101).
* kby18-operator-words: T106 ≤error at the typed 105% 在线率; T108 ≤warning at the 再犯罪率 row.

25 required marks, 19 of them found only by comparing parts of a return (goal text against
indicators, years and dates, 中期 against 年度, duplicates, tier-2 fit, cost × count against
money, parts against totals).

Legitimate look-alikes in the correct returns: kby01 疑难复杂纠纷 200 件 as a part of 1600 件,
民转刑案件 ≤0起, 重复来访下降率 ≥10%, typed percents beside a % unit column; kby03 the same
调解协议自动履行率 and 纠纷当事人满意度 with different values in two stacked projects, 提高≥3百分点,
cost × count equal to the money (480 × 250 元, 30 人 × 1000 元 × 12); kby05 a 合计 row under the
weights, 再犯罪率 ≤0.2%; kby07 period counts three times the year's, =100% coverage, 2028 as the
year the work prepares for; kby09 tier points in the labels and indicator points both adding to
100, 200 元 × 2400 人次 = 48 万 exactly; kby11 a goal total 900 with its parts (400 + 500) as
indicators, a fill date in 2024; kby13 codes in the first columns, 脱管漏管事件 ≤0起; kby15 a 说明
row and a repeated header, footnotes explaining the 64 万 total, a signature date in 2024; kby16
a 2026 deadline in the 中期 column of a 2025—2026 project, 2027 as a later year prepared for,
a rate lower in the 年度 column.

Judgements: a goal count above the indicator's (kby02, kby06, kby14) is a warning (D104), not
an error: the text may count differently; B107 is a warning since the cost standard is a cap.
A near-duplicate rate with different values (kby17) stays a warning. In kby12 the plan dates
and the title disagree; the mark sits on the date row, a finding at the title is tolerated. In
kby04 and kby14 the one-year project's period and annual totals are wrong alike: the mark is
required at the annual total only. D104 is marked at the indicator row, not at the goal text.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout743 import legalaid, mediation, monitoring
from tests.variants.holdout743.registry import HOLDOUT743
from tests.variants.kit import Variant

MODULES = (mediation, legalaid, monitoring)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT743, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 743rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
