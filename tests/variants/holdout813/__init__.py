"""The 813th held-out set: 18 invented returns of community elderly day-care centres
(社区日间照料中心) in invented places (槐岗市柘湾区, 芦屿县, 柏岭县): meals (长者食堂, 助餐点,
送餐), rehabilitation rooms (康复室, 康复评估, 适老化改造) and home visits (上门探访).
Budget year 2026 throughout.

Layouts: project heads with one value column (keq02, keq04, keq08, keq12, keq14, keq16), with an
operator column and a unit column (keq01 symbols, keq13 words), 中期 and 年度 columns (keq05,
keq06, keq18) or a two-row header (keq17); two projects stacked in one sheet (keq03, keq04);
numbered tier labels with points and a score column (keq07, keq18), abbreviated labels (keq14);
headers 考核指标 / 目标值（年度） (keq08) and 指标内容 / 绩效标准 (keq16); department heads with
tasks, flat lists (keq09, keq10) or a tiered table broken by a page break with its header repeated
(keq15); a budget-system export in 元 with the table on a second sheet under 预期实现值, codes in
the first columns (keq11).

Planted mistakes (code, highest accepted severity, place):

* keq02: B101 error at the 年度资金总额 cell (25 + 8 ≠ 30); D104 warning, row, 全年供餐人次 (goal
  43200 人次, indicator 36000); B107 warning, row, 每餐补助标准 (10元 × 36000 = 36万 > 30万).
* keq04: Y104 error (alt Y102) at the second project's 计划完成日期 2025-12-31, before its start;
  D102 error (alt D103), row, 助餐点服务老人人次数 ≥15000 beside 助餐点服务老人人次 ≥12000.
* keq06: B103 error at 年度资金总额 200 > 中期 150; D204 warning at the 年度目标 cell (copied from
  中期目标); D201 error at the 年度 cell of 新建老年助餐点 (8 > 6).
* keq08: F201 warning, row, 康复器械完好率 under 时效指标; Y102 error (alt Y103) at 康复室改造完工
  时间 2027年6月30日前 in a one-year 2026 project; F201 warning, row, 康复对象满意度 under 社会效益.
* keq10: B102 error at 金额合计 (40 + 50 + 25 = 115 ≠ 120); D104 warning, row, 康复评估人次 800
  against 1200 in the goal and tasks; W101 error, book level (weights add to 95).
* keq12: X104 warning at 计划完成日期 typed as text 46387; Y103 warning (alt Y101) at the 年度绩效
  目标 (2025年 left over); D104 warning, row, 康复室改造数量 ≥2间 against 3间 in the goal.
* keq14: D104 warning, row, 探访服务户数 ≥1200户 against 1500户 in the goal; B107 warning, row,
  每人次探访补贴标准 (80元 × 15000人次 = 120万 > 90万).
* keq16: D101 warning, row, 独居老人上门探访人次 repeated under 社会效益指标; D103 warning (alt
  D102), row, 上门探访服务满意度 ≥95% beside 探访服务满意度 ≥90%.
* keq18: Y102 error (alt Y101) at 计划完成日期 2028-12-31 in a 2026—2027 project; W103 error at
  产出指标（50分） (15 + 15 + 10 + 5 = 45); D202 warning at the 年度 cell of 上门探访人次 (the
  period's 20000 copied; the goal says 10000); W101 error tolerated at book level.

24 required marks, 19 of them found only by comparing parts of the return (goal against
indicators, dates against the year and the period, 中期 against 年度, duplicates, tiers, unit cost
× count against money, parts against totals).

Legitimate look-alikes in the correct returns: typed percent cells (keq01, keq09, keq13) with
`=100%` as pct(1) on a 合格率 / 覆盖率; `=0起` and `等于 0 人` on incident counts; a 下降率 with ≥
and a 发生率 with ≤ (keq09); points given for tier-1 and for each indicator, both adding to 100
(keq07); `≥5百分点` and `≥3百分点` on rate changes (keq07, keq15); the same indicator names with
different values in two stacked projects (keq03); 中期 counts above 年度 counts, rates equal in
both columns, a later year 2029 the work prepares for (keq05); the goal's 1200户 with its parts
in brackets matching two indicators 800户 and 400户 (keq17); unit cost × count within the money
everywhere and equal to it in keq11 (3 × 150000元 = 450000元); a footnote explaining that 金额合计
is the 项目支出 (keq15); fill dates in November of the year before (keq01, keq09, keq12, keq15);
说明 / 注 / 填表说明 rows and a repeated header row that are not indicators.

Judgements where a reviewer could hesitate:

* keq04's duplicate differs by one character (人次 / 人次数) with different values: the same
  measure, so a conflict (error), D103 accepted. keq16's two satisfaction rates are
  near-duplicates (warning), D102 accepted.
* keq18's end date outside the period: Y102 preferred, Y101 accepted; the W101 its 95 points may
  cause is tolerated, W103 at the tier label is required.
* keq12's 2025 in the goal is last year's text left in: a warning (Y103), Y101 accepted.
* keq05's 2029 in the 中期目标 is a year the work prepares for (推广), not a leftover: not marked.
* keq11 mixes 元 (money block) with a unit standard in 元/间 in the indicators: one unit, no B105.
* Time limits such as `≤15个工作日`, `≤45分钟`, `每月25日前` are well formed; `明显提升` (keq04) is
  an accepted grade.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout813 import meals, rehab, visits
from tests.variants.holdout813.registry import HOLDOUT813
from tests.variants.kit import Variant

MODULES = (meals, rehab, visits)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT813, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 813th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
