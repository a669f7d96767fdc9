"""The 438th held-out set: 18 invented returns of a city's aquarium and ocean-science museum
public education (海洋馆 / 海洋科技馆), budget year 2025, everything invented (汐澜市海洋馆,
汐澜市海洋科技馆, 汐澜市海洋科普教育中心 under 汐澜市文化广电旅游体育局; people, phones, figures).

Layouts: project heads and department heads with their money blocks (万元 in the number
format), tier-1 and tier-2 merged down; operator and unit columns (yf01, yf02); labels numbered
with points (yf03) or marked with * / ★ and abbreviated (yf04); 中期 and 年度 columns with a
two-row header (yf05, yf06); a budget-system export with sheets 05-1 / 05-2, codes in the first
columns, header on the third row, 考核指标 / 目标值（年度） / 评价标准 (yf07); the table on a
second sheet under 预期实现值 (yf08); 说明 / 注 / 填表说明 rows, signature and date lines (yf09);
a weight column, subtotal rows and the header repeated after a page break (yf10); tier-1 and
indicator score columns (yf11, yf12); flat lists with word operators or in another column order
(yf13, yf14); two projects stacked in one sheet (yf15, yf16); a department budget with a row
of typed shares and key tasks (yf17); a return pasted from a PDF (yf18).

Planted mistakes (return, code, highest accepted severity, place):

* yf02-night-camp-operators: T106 ≤error at Sheet1 研学课程覆盖率 value (105%); T108 ≤warning
  (row) at the ≥ of 研学安全事故发生率; T108 ≤warning (row) at the = of 营员人均成本.
* yf04-conservation-marks: T105 ≤error at 观众保育知识知晓率 `3200人`; F105 ≤error at the
  tier-2 cell 数量指标 under *效益指标.
* yf06-polar-copied: D204 ≤warning at the 年度目标 cell (copied 中期目标); D202 ≤warning at
  the annual cells of 展项改造数量 `≥12项` and 研学活动场次 `≥200场`.
* yf08-deep-sea-second-sheet: T105 ≤error at 绩效指标 展品完好率 `46件`; T106 ≤error at
  展项日常巡检完成率 `≥110%`.
* yf10-museum-page-break: T108 ≤warning (row) at 展品安全事故发生率 `≥0.5%`; T113 ≤warning at
  年度科普展更新完成时间 typed `100%`.
* yf12-guide-training-points: W103 ≤error at the 产出指标 score 40 (indicators 45) and at the
  效益指标 score 40 (indicators 35).
* yf14-museum-flat-defects: T112 ≤error (alt T119) at `≥3000人次` with unit column 场; F110
  ≤error at the empty name cell of a row with `≥90%`; W101 ≤error at book level (weights 95).
* yf16-stacked-money-wrong: B101 ≤error at the second project's 年度资金总额 75 (60 + 10);
  T106 ≤error at 参观线路安全检查合格率 `≥120%`.
* yf18-guide-pdf-artefacts: X104 ≤warning at 计划开始日期 text `45658`; X105 ≤warning (alt
  X103) at 年度资金总额 text `236.4 5` (= 200 + 36.45); F109 ≤warning (row) at the template
  tier-2 生态效益指标 left without indicator and value.

Legitimate look-alikes in the correct returns: typed percent cells (yf01, yf13, yf17 shares);
游客投诉量下降率 ≥10% and 观众有效投诉下降率 大于等于 15% (a 下降率 raised, not a 反向 rate);
`=100%` / `等于 100%` on 审核通过率 and 健康检查覆盖率 (the ceiling); `=0起` on a safety incident
count (yf09, a 0 that is not a rounded cost); tier points in the labels and indicator scores
both adding to 100 (yf03, yf11); `比上年提高≥5百分点` (yf11); equal 中期 and 年度 values for
rates and a unit cost in a three-year project whose counts are lower in 年度 (yf05); a
中期 deadline in 2027 inside the project period (yf05) and 2026 (yf06); the same indicator names
with other values in two stacked projects (yf15); fill and signature dates in 2024 (yf09,
yf10, yf13, yf14, yf17); 说明, 注, 填表说明, subtotal, 合计 and repeated header rows that are not
indicators (yf09, yf10); a footnote explaining 金额合计 = 项目支出 (yf17); 评价标准 texts with
numbers (yf07). Money adds up in every correct return and each unit cost × count stays within
its money (e.g. 1500 × 600元 = 90万 ≤ 180万; 640 × 650元 = 41.6万 ≤ 45万; 180万人次 × 6元 =
1080万 ≤ 1280万).

Judgements where a reviewer could hesitate:

* yf02: = on 营员人均成本 is marked T108 (domain §4.2 rule 7 flags `=` on a cost cap), not T107,
  which concerns rates.
* yf10: the 年度科普展更新完成时间 `100%` is T113 only (warning); the return's other defects
  are none; subtotal rows carry weights that are not added to the indicator weights.
* yf12: the tier scores (40 + 10 + 40 + 10) and the indicator scores both total 100, so no
  W101; only the two tiers whose indicators do not add up are marked.
* yf14: the nameless row is an F110 (error); in a flat list no tier finding applies.
* yf16: the B101 is marked at the total cell; the first project is correct.
* yf18: the text serial `45658` is the only start date; a Y-code on it is not asked for. The
  split total read as 236.45 makes the money add up, so no B101 is expected.
* yf09: `=0起` on 活动安全责任事故 is an accepted zero target on an incident count (no T115).
* yf04: `展演安排公示提前天数 ≥7天` under 时效 and `=100%` as text are correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout438 import exhibits, outreach, science
from tests.variants.holdout438.registry import HOLDOUT438
from tests.variants.kit import Variant

MODULES = (exhibits, science, outreach)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT438, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 438th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
