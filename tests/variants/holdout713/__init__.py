"""The 713th held-out set: a county court's online case-filing service (桐澜县人民法院), a
people's mediation network (鹤汀区) and legal aid for migrant workers (澄漾市), budget year 2026.

Layouts: project heads with 万元 in the number format (kau01–05, 07, 08, 12–18), department
heads with budget and task blocks (kau09–11), an operator and unit column (kau01), headers
指标内容 / 绩效标准 (kau02), 预期实现值 on a second sheet (kau05), a budget-system export with
codes in the first columns and the header on the third row of sheet 05-2 (kau06), two projects
stacked in one sheet (kau03, kau04), 中期 and 年度 columns (kau07, kau08) and a two-row header
绩效目标值 over 中期 / 年度 (kau18), flat lists (kau09, kau10), tier labels numbered with points
and an indicator score column (kau11), a tier-1 score column (kau12), 指标性质 as direction and
指标方向 as word operators (kau13), operators inside values (kau14), an instruction row, a
header repeated after a page break, 注 / 填表说明 / signature lines (kau15), 考核指标 /
目标值（年度） / 评价标准 (kau16), 预期目标 with template rows (kau17).

Planted mistakes (code, highest accepted severity, place):

* kau02: D104 ≤warning at the 网上立案受理件数 value (goal 8000件, indicator ≥6000件); Y102
  ≤error alt Y103/Y101 at the 上线时间 value `2025年6月30日前`; B107 ≤warning (row) at the
  terminal unit price (6万元 × 30台 = 180 > 150).
* kau04: B101 ≤error at the second project's 年度资金总额 (50 + 5 ≠ 58); Y102 ≤error alt Y101
  (row) at its 计划开始日期 2025-01-01; D102 ≤error alt D101/D103 (row) at the second
  热线电话接通率 (≥95% under 质量, ≥90% under 时效).
* kau05: F201 ≤warning (row) at 立案信息录入准确率 under 时效; F201 ≤warning (row) at
  诉讼当事人满意度 under 社会效益.
* kau08: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  `≥10` (period ≥8); D202 ≤warning at the annual `≥3000` of a cumulative case count.
* kau10: B101 ≤error (row) at 资金总额 (120 + 190 ≠ 300); W101 ≤error on the book (weights
  add to 95); D103 ≤warning alt D102/D101 (row) at 纠纷调解成功率 beside 矛盾纠纷调解成功率.
* kau12: W103 ≤error alt W101 at the 产出指标 score 55 (indicators 50); B102 ≤error at the
  detail 合计 50 (lines 48).
* kau14: Y103 ≤warning alt Y101 at the 年度目标 (2025's task left in); D104 ≤warning at the
  法律援助案件办理数量 value (goal 1500件, indicator ≥1200件); T108 ≤warning (row) at
  援助案件超期办结率 `≥3%`.
* kau16: Y102 ≤error alt Y101 at the 计划完成日期 2027-06-30 of a one-year 2026 project; F201
  ≤warning (row) at 普法宣传册印制单价 under 数量; B107 ≤warning (row) at the case subsidy
  (3000元 × 600件 = 180 > 150).
* kau17: F110 ≤error at the empty name cell under 时效; F109 ≤warning (row) at the template's
  生态效益指标 left without indicator.

Look-alikes in the correct returns: typed percent cells (kau01, 06, 07, 09, 11, 13, 15); a
下降率 with ≥ (kau01, 06) and with 大于等于 (kau13); `0起` and `≤0起` on incident counts
(kau06, kau09); `=100%` on a capped rate (kau03, kau09 `=` with 100%); the same satisfaction
name with different values in two stacked projects (kau03); a goal's total with its parts in
brackets (kau01, 03, 13, 18); 为2027年全市推广积累经验 in a 2026 goal (kau06); the period's
count in 中期 beside a smaller year's count and equal rates in both columns (kau07, kau18);
points given both for the tier and the indicators, 100 both ways, and `≥3百分点` (kau11);
unit cost × count within or equal to its money (kau01 1万 of 96, kau03 40 of 60 and 36 of 45,
kau07 60 of 90, kau11 30 = 30, kau13 180 of 200, kau15 60 of 120, kau18 288 of 360); a note
explaining the 其他资金 in the total, 填表说明, a fill date in 2025 (kau15, and the signature
dates of kau01, 07, 09, 13).

Judgements: a goal's figure from last year in kau14 is marked a warning (the text may be
history); the kau02 deadline in 2025 is an error (a one-year 2026 project cannot finish before
it starts). B107 stays a warning (an indicator's cap is not spending). In kau10 the near
duplicate is a warning with D102 accepted. In kau12 the tier scores then total 105: one W103
at the tier, W101 accepted. kau08's 中期 and 年度 rates equal are not marked (rates may be
equal); only the cumulative count is.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout713 import filing, legalaid, mediation
from tests.variants.holdout713.registry import HOLDOUT713
from tests.variants.kit import Variant

MODULES = (filing, mediation, legalaid)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT713, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 713th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
