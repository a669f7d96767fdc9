"""The 539th held-out set: 18 invented returns on gorgon fruit and water shield (芡实、莼菜)
wetland cultivation in an invented county (苇汀县, towns 芡湾镇, 莼溪镇, 鹭汀镇), with a
careful reviewer's marks, to measure ``goalbook check`` out of sample. Budget year 2025, money
in 万元 unless a cell says otherwise. Nine returns are correct, nine carry 2–3 planted mistakes
(23 required marks).

Modules: ``gorgon`` (芡实, cc01–cc06), ``shield`` (莼菜, cc07–cc12), ``combined`` (both crops:
stacked projects, department money, budget-system exports, cc13–cc18); ``common`` holds the
shared helpers (book, money rows in 万元 by number format, indicator table, footer).

Layouts:

* cc01 project, OLD-NAT, operator column (指标性质) and unit column, typed percents (correct);
* cc02 project, NAT-2021, operators inside the values;
* cc03 three-year project, OLD-NAT, 中期指标值 / 年度指标值;
* cc04 two-year project, NAT-2021, 中期 / 年度, a rate raised in 百分点 (correct);
* cc05 project, NAT-2021, tier-1 score column and indicator score column (correct);
* cc06 as cc05, scores that do not hold;
* cc07 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct);
* cc08 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重;
* cc09 project, NAT-2021, header 绩效目标值, labels 一、产出指标（50分）, （一）经济成本指标,
  1.数量指标, 2.质量, *社会效益, ★服务对象满意度 (correct);
* cc10 project, NAT-2021, header 预期目标, numbered labels;
* cc11 project, OLD-NAT, headers 指标内容 / 绩效标准 / 备注, a 注 row between tiers, the header
  repeated after a page break, 填表说明, signature and fill date lines (correct);
* cc12 project head on sheet 基本信息, table on sheet 绩效指标 under 预期实现值;
* cc13 two projects stacked in one sheet, OLD-NAT (correct);
* cc14 two projects stacked, OLD-NAT;
* cc15 department, NAT-2021, typed percent shares, tasks with 金额合计, weight column with
  小计 and 合计 rows (correct);
* cc16 department, NAT-2021;
* cc17 budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header
  on the third row, project codes and names in the first columns, two projects (correct);
* cc18 budget-system export, one project.

Planted mistakes (return: code, highest accepted severity, place):

* cc02: T108 ≤warning Sheet1!C9 (row) ``芡实种苗单位成本 =650元/亩``, a cost cap with =;
  T108 ≤warning Sheet1!C10 (row) ``新增芡实种植面积 ≤800亩``, a 正向 area with ≤;
  T108 ≤warning Sheet1!C12 (row) ``芡实叶瘟病发生率 ≥5%``, a 反向 rate with ≥.
* cc03: D202 ≤warning Sheet1!E11 (alt D104), ``≥3000亩`` cumulative area copied into the
  annual column of a three-year project; D201 ≤error Sheet1!E12, annual ``≥1200人次`` above the
  period ``≥900人次``.
* cc06: W103 ≤error 绩效目标!B10 (alt W101), 产出指标 scored 50, its indicators 45;
  T105 ≤error 绩效目标!E11, ``加工订单覆盖率 ≥2000亩``.
* cc08: T112 ≤error Sheet1!B12, value ``12万元`` with unit column 亩; T106 ≤error Sheet1!B14,
  ``pct(1.05)`` (shown 105%) on a 合格率; W101 ≤error book level, weights add to 95.
* cc10: F110 ≤error Sheet1!C12, a value ``≥95%`` without a name (no empty name may be quoted);
  F109 ≤warning Sheet1!B13 (row), （三）时效指标 left from the template; F105 ≤error
  Sheet1!B14, （四）生态效益指标 under 二、产出指标.
* cc12: X105 ≤warning 基本信息!C6 (alt X103), 其他资金 ``12.437 5`` as text; X104 ≤warning
  绩效指标!D5, ``45961`` (2025-10-31) in a text cell as a completion date.
* cc14: B101 ≤error 补助项目!C19 (row), the second project's 年度资金总额 56 ≠ 45 + 5;
  T105 ≤error 补助项目!D24, ``莼菜种苗成活率 ≥1.2万株``.
* cc16: B101 ≤error 部门整体!B4 (row), 资金总额 450 ≠ 基本支出 200 + 项目支出 230; B102 ≤error
  部门整体!D9, tasks 100 + 80 + 60 = 240 against 金额合计 230; B107 ≤warning 部门整体!D12 (row),
  ``塘口清淤补助标准 ≤5000元/亩`` × ``≥1000亩`` = 500万元 above the 450万元 budget.
* cc18: B105 ≤error 部门项目支出预算05-1!E4, 其他资金 shown ``250,000.00元`` in a 万元 sheet
  (B101 at book level tolerated, not required); T106 ≤error 05-2!F5, typed 105% on a 合格率;
  T108 ≤warning 05-2!F9 (row), ``鲜品质量投诉率 ≥2%``.

Legitimate look-alikes in the correct returns:

* cc01 ``示范区化肥使用量下降率 ≥ 15%`` (a 下降率 is written positive and raised), ``芡实米抽检
  合格率 = 100%`` (the ceiling), percents typed in Excel with ``%`` also in the unit column,
  a completion date as a date cell in the budget year, 800元/亩 × 1500亩 = 120 ≤ 150万元.
* cc02 (not correct, but unmarked): ``化学农药使用量下降率 ≥10%`` and ``农药包装废弃物污染事件
  0起`` are right.
* cc04 ``全县芡实良种覆盖率 提高≥5百分点 / 提高≥3百分点`` (a rate change in 百分点 is a
  percentage), a 下降率 with ≥, a period date in 2026 inside the 2025–2026 project, counts
  lower in the annual column, 1500元/亩 × 1500亩 = 225 ≤ 240 and × 800亩 = 120 ≤ 130.
* cc05 100 both ways (tier scores 10+50+30+10 and indicator scores add to 100 each: not 200),
  ``加工废水超标排放 0次`` (0 on an incident count), 6元/公斤 × 200吨 = 120 ≤ 150万元.
* cc07 a bare 8 with % in the unit column on a 增长率, typed percents with % in the unit column.
* cc09 points in the tier-1 labels add to 100; ★ on a core indicator name; 400亩 × 2000元/亩 =
  80 ≤ 96万元.
* cc11 the 注 row, the repeated header row, 填表说明, signature lines and a fill date of
  2024-11-18 (before the budget year) are not indicators or year conflicts; ``采收区农业面源
  污染事件 0起``; a footnote citing the 2024 market price as the basis of a cost standard.
* cc13 the same names (补助资金兑付时间, 种植户满意度) in both stacked projects, with
  different values for 满意度: each project is its own table.
* cc15 小计 and 合计 rows in the weight column (indicator weights add to 100; subtotals must
  not be added again), shares typed as percents (92.31% + 7.69%, 40.38% + 59.62%), 4000元/亩 ×
  300亩 = 120 = the task's 120万元 (equal is not exceeding).
* cc17 codes and names repeated on every row, two projects' indicators in one table under
  their codes, ``塘口巡护覆盖率`` typed as 100%, ``种质圃年度维护费用 ≤88万元`` within its 90.

Judgements where a reviewer could hesitate:

* cc02: T108 is put on the name cell with ``row=True``: the finding may land at the name or the
  value. ``=650元/亩`` on a unit cost is taken as the 88号 "= on a cost cap" case.
* cc03: the copied ``≥3000亩`` contradicts the annual goal text (1000亩); D104 is accepted in
  its place. Identical rate, cost and 建立并执行 columns are not marked (rates and unit costs
  may be equal).
* cc06: the shortfall could also be reported as an indicator total of 95 (W101 accepted).
* cc08: ``12万元`` on an area is an impossibility (error); a reviewer could also read it as a
  value-unit error (T119), which I did not accept.
* cc12: the split number is read as 12.4375, after which the money adds up; the serial 45961
  falls inside 2025, so no date-outside-year mark.
* cc16: B107 is a warning (a doubtful standard, not an impossibility) and compared with the
  department's 资金总额 because the cost rows carry no project money of their own.
* cc18: 250000元 = 25万元, so 60 + 25 = 85 holds once the unit is known; only B105 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout539 import combined, gorgon, shield
from tests.variants.holdout539.registry import HOLDOUT539
from tests.variants.kit import Variant

MODULES = (gorgon, shield, combined)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT539, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 539th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
