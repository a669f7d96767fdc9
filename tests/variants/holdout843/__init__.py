"""The 843rd held-out set: rural school nutrition improvement (student meal subsidies, canteen
upgrades, food safety checks), 18 invented returns, 9 correct, 25 required marks, most of them
found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns and money blocks),
department heads with budget and tasks, two projects stacked in one sheet (kfu04, kfu17), flat
lists (kfu05, kfu18), a table on a second sheet under 预期实现值 (kfu10), a budget-system export
with codes in the first columns and the header on the third row (kfu12), tier labels numbered
(kfu01), abbreviated (kfu02), with points (kfu07) or marked * (kfu16), tier and indicator score
columns (kfu14, kfu15), operators in their own column as symbols (kfu02, kfu13) or in words
(kfu08), 资金明细 blocks, notes, 填表说明, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfu02-subsidy-count: B101 error at the 年度资金总额 Sheet1!C5 (270 + 30 ≠ 310); D104 warning
  on the row of 受助学生人数 2600 (the goal says 3100); F201 warning on the row of
  补助资金发放及时率 filed under 质量.
* kfu03-subsidy-period: D204 warning at the 年度目标 Sheet1!D9 (copied from 中期目标); D104
  warning on the row of 营养餐覆盖学校数 (中期 ≥24所, the goal 30所); D201 error at the annual
  培训人次 Sheet1!E13 (360 above the period's 300).
* kfu06-subsidy-leftover: Y103 warning (alt Y101) at the 年度目标 Sheet1!B7 (2025年 left over);
  D102 error (alt D103, D101) on the row of the second 受益学生人数; Y102 error at the deadline
  Sheet1!D11 (2025年12月31日前 in a 2026 return).
* kfu08-canteen-cost: B102 error at the detail 合计 Sheet1!D12 (180 + 90 + 20 = 290 ≠ 300);
  D104 warning on the row of 操作间改造面积 1800 (goal 2400平方米); B107 warning on the row of
  单所改造成本 45万元/所 × 8所 = 360 > 300.
* kfu10-canteen-sheets: Y102 error (alt Y101) at the 计划完成日期 项目信息!F4 (2027-06-30 in a
  one-year 2026 project); D103 warning (alt D102, D101) on the row of 厨房设备采购数量 60台
  beside 厨房设备购置数量 40台; F201 warning on the row of 设备安装验收合格率 under 时效.
* kfu12-canteen-export: Y102 error at 部门项目支出绩效目标05-2!F5 (2025年11月30日前); F201
  warning on the row of 学生就餐满意度 under 社会效益.
* kfu14-safety-goals: W103 error (alt W101) at the 产出指标 score Sheet1!B9 (50 declared, 45
  under it); D104 warning on the row of 检查覆盖学校 ≥40所 (goal 46所); D104 warning on the row
  of 快检室建成时间 12月31日前 (goal 10月31日前).
* kfu16-safety-period: Y101 error at the title Sheet1!A1 (2025年度, the project runs 2026—2028);
  D202 warning (alt D104) at the annual cells Sheet1!E11 and E12 (cumulative 中期 counts copied,
  the 年度目标 says 50校次 and 200人次).
* kfu17-safety-stacked: B101 error at the second project's total Sheet1!C18 (20 + 6 ≠ 24); D102
  error (alt D101, D103) on the row of the second 陪餐记录完整率.
* Tolerated: kfu10 设备平均单价 (warning): 1.2万元 × the duplicate's 60台 exceeds the money.

Legitimate look-alikes in the correct returns: a goal count with its part in brackets and a
part given as its own indicator (kfu01 寄宿生, kfu07 新建2所、改扩建6所); 比上年下降≥2百分点 and
≥2百分点 (kfu01, kfu15); typed percent cells (kfu01, kfu05, kfu07, kfu13, kfu18); 为2027年…积累经验
in a 2026 goal (kfu07); cost standard × count equal to the money (kfu01 5 × 4800 × 200 = 480万,
kfu07 25 × 8 = 200, 1 × 64 = 64, kfu18 1400元 × 500 = 70万); 中期 counts beside smaller 年度
counts with rates and unit costs equal (kfu09); the same satisfaction name with other values in
stacked projects (kfu04, kfu17's first project); =100% on rates at the ceiling; 下降率 with ≥
(kfu13, kfu18 正向); 0起 on incident counts (kfu05, kfu13, kfu15, kfu18); scores adding to 100
at both levels (kfu15); fill dates in 2025; notes and 填表说明 under tables (kfu05, kfu11, kfu15).

Judgements: D104 is marked on the indicator row, not at the goal text; a conflicting exact
duplicate (kfu06, kfu17) is accepted as an error (D102), a near-duplicate with one word changed
(kfu10) only as a warning; an end date in the next year of a one-year project (kfu10) and a
deadline in the year before (kfu06, kfu12) are errors (Y102) since the date cannot lie in the
period; a year left in the goal text (kfu06) is a warning; copied annual counts (kfu16) are
warnings whether read as D202 or against the goal (D104); 抽检合格率 ≥98% beside
抽检合格率较上年提高 ≥2百分点 (kfu15) are two indicators, not duplicates; 学校食物中毒事件 0起
without operator (kfu15) is the same as ≤0起 and is not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout843 import canteens, safety, subsidies
from tests.variants.holdout843.registry import HOLDOUT843
from tests.variants.kit import Variant

MODULES = (subsidies, canteens, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT843, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 843rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
