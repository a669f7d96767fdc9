"""The 709th held-out set: 18 invented returns of 澄岭市 on a vocational school's
practical-training base (实训基地), apprenticeship subsidies (企业新型学徒制补贴) and a skills
competition (职业技能大赛), with a careful reviewer's marks. Budget year 2026 throughout.

Layouts: one-year project heads (kaq01, 03, 05, 06, 11, 13, 14, 15, 17, 18) with 年度资金总额
and 其中：财政拨款 / 其他资金 in the number format 万元; multi-year heads with 中期 and 年度
columns (kaq02 two years, kaq09 three years with a score column, kaq10 two years); department
heads with budget rows and key tasks (kaq07, 08, 16); flat lists (kaq08 with weight, unit and
operator columns; kaq16 with 实施周期 and 年度 columns and weights in the header text); two
stacked projects (kaq06, kaq15); a second sheet under 绩效目标值 / 备注 (kaq04); a budget-system
export with project codes and the header on row 3 of sheet 部门项目支出绩效目标05-2 (kaq12);
numbered labels with points (kaq03, kaq13); operators in words (kaq11); 注 / 说明 / 填表说明
rows, signature lines and 资金明细 blocks (kaq01, 03, 04, 05, 07, 13, 16, 17, 18).

Planted mistakes (return, code, highest accepted severity, place):

* kaq02-workshop-period: B103 error at the 年度资金总额 cell (850 above 中期 800; the 年度
  财政拨款 760 above 700 is tolerated up to error); D104 warning, row of 建成实训车间数 (中期
  目标 says 4 workshops, 中期 value ≥3个); D201 error at the 年度 cell of 新增实训工位数 (380 above
  360).
* kaq03-numbered-duplicate: D102 error, row of the second 新增实训工位 (≥120个 against ≥150个
  two rows up; D103, D101 accepted); F201 warning, row of 实训设备验收合格率 under （三）时效指标.
* kaq05-open-days-leftover: Y103 warning, row of 2024年度实训基地开放天数 (a year left from an
  earlier return); B107 warning, row of 实训设备购置单价 (8 万元 × 30 台 = 240 > 200).
* kaq08-subsidy-flat: D104 warning, row of 补贴学徒人数 (goal 400, indicator 350); T105 error,
  row of 学徒合同签订率 (320 人; T112 accepted); W101 error on the book (weights add to 95).
* kaq10-apprentice-copied: D204 warning at the 年度目标 cell (verbatim 中期目标); D202 warning
  at the 年度 cell of 培养学徒人数 (≥600人 copied); Y102 error at the 年度 cell of 首批学徒结业
  时间 (2025年12月31日前 in a 2026–2027 project; Y103 accepted).
* kaq11-subsidy-word-operators: T108 warning, row of 学徒中途流失率 (大于等于 on a 反向 rate);
  T108 warning, row of 人均补贴标准 (等于 on a cost cap); X104 warning at 计划完成日期 ("46387"
  as text).
* kaq14-contest-last-year: Y103 warning at the 年度绩效目标 cell (2025年 大赛 in a 2026 return;
  Y101 accepted); Y102 error at 计划完成日期 (2027-03-31 in a one-year project; Y101 accepted);
  D104 warning, row of 设置比赛赛项 (goal 12, indicator ≥10个).
* kaq15-contest-stacked: B101 error at the second project's 年度资金总额 (70 ≠ 50 + 15); T105
  error, row of 集训选手获奖率 (≥12人).
* kaq17-contest-template-rows: F110 error at the empty name cell of the ≥95% row; F109 warning,
  row of the empty 生态效益指标; B107 warning, row of 选手食宿补助标准 (900 元 × 400 人 = 36 万
  > 30 万).

Cross-table marks (found only by comparing parts of a return): kaq02 B103, D104, D201; kaq03
D102, F201; kaq05 Y103, B107; kaq08 D104; kaq10 D204, D202, Y102; kaq14 Y103, Y102, D104; kaq15
B101; kaq17 B107 (17 of 24).

Look-alikes in the correct returns: typed percent cells (kaq01, 04, 07, 13, 16, 18), =100% on a
rate at the ceiling, 设备故障率 ≤3% and 安全事故 ≤0起 / 0起 (kaq01, 11, 13, 16, 18), 6万人次 in
the goal against 60000 人次 (kaq01), unit price × count within the money (kaq01 240 ≤ 300, kaq04
180 ≤ 240, kaq07 200 ≤ 240, kaq12 280 ≤ 320, kaq13, kaq18 91 ≤ 95), a goal's part in brackets
(kaq04 80 of 120 工位, kaq07 300 of 500 学徒), a later year the work prepares for (kaq04 2027), a
period count above the year's in 中期 columns (kaq09, kaq16), equal rates and unit costs in both
columns (kaq09, kaq16), tier points and indicator points both adding to 90 with 预算执行率 apart
stated in a 注 row (kaq13) or to 100 (kaq09), 学徒留用率提高 ≥5百分点 / 学生获奖比例提高 ≥3百分点
(kaq09, kaq13), a 下降率 with ≥ (kaq13), the same satisfaction indicator with different values
in two stacked projects (kaq06), fill and signature dates in 2025 (kaq01, 04, 07, 13, 16),
资金明细 adding to the total with a footnote on 其他资金 (kaq18), tiers repeated in every row of
an export (kaq12), a date cell as a 时效 value with ≤ (kaq01).

Judgements: kaq02's 年度 money above 中期 is one mistake; the fiscal cell above its 中期 part is
tolerated, not asked for. 赛事获奖率 ≤30% in kaq15's first project is a capped award ratio,
correct; a direction warning there is tolerated. kaq11's 人均补贴标准 4000 元 × 400 人 equals the
160 万元 budget: not above it; the mark is the 等于 on a cap. kaq14's goal year and end date are
two findings (the text names a past contest; the plan date runs into the next year). kaq17's
empty 生态效益指标 is a template row (F109), not a missing tier; the nameless ≥95% row sits under
质量指标. D104 marks sit on the indicator row, since the finding may fairly land at the value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout709 import apprentice, base, contest
from tests.variants.holdout709.registry import HOLDOUT709
from tests.variants.kit import Variant

MODULES = (base, apprentice, contest)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT709, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 709th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
