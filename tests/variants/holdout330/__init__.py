"""The 330th held-out set: small hydropower clean-up and ecological flows (小水电清理整改,
生态流量泄放设施, 生态流量在线监测, 电站退出补偿, 河道减脱水治理), 18 invented returns of an
invented county (岱屏县, rivers 雾柯河, 鹤汀河, 椤坪河, 苇塘河, 漾水河, 栖岩溪, 麓坳河), budget
year 2025, money in 万元. 9 are correct, 9 carry 24 required marks.

Modules: ``exits`` (ub01–ub06: exit compensation and clean-up projects; money, stacked projects,
points), ``flows`` (ub07–ub12: release facilities and online monitoring; header words, a second
sheet, 中期/年度, direction), ``reaches`` (ub13–ub18: dewatered reaches, department level; flat
lists, department money, a budget-system export, template rows).

Layouts: project heads (one-year and multi-year, 万元 only in the number format); an operator
column with a unit column (ub01, ub02); one value column with inline operators (ub03, ub04,
ub12, ub15, ub16); two projects stacked (ub03, ub04); tier labels numbered with points and a
分值 column (ub05 一、/（一）, ub06 1./（1）); headers 考核指标 · 目标值（年度） · 评价标准
(ub07), 预期实现值 on a second sheet (ub08), 预期目标 (ub18); 中期指标值 and 年度指标值 (ub09,
ub10); 指标性质 as direction with 指标方向 as operator (ub11); flat lists (ub13 指标名称 · 权重 ·
计量单位 · 指标性质 as operator · 指标值; ub14 指标名称 · 指标值 · 指标性质 as direction ·
计量单位 · 权重); department heads with
budget, shares and tasks (ub13–ub16); a budget-system export with codes in the first columns, the
header on the third row, a 说明 row and a repeated header after the page break, 填表说明 lines
(ub17); 注 rows and signature / date lines under most tables.

Planted mistakes (return: code, highest accepted severity, place):

* ub02-cleanup-money-wrong: B101 error, Sheet1!C5 (row): 年度资金总额 186 ≠ 150 + 26;
  T106 error, Sheet1!E11: 整改工程验收合格率 ≥ typed 105%.
* ub04-stacked-exit-defects (second project): T105 error, 绩效目标表!D24: 补偿协议签订率 8座;
  B107 warning, 绩效目标表!D26 (row): 单站退出补偿标准 ≤45万元/座 × 8座 = 360 > 300;
  T108 warning, 绩效目标表!D27 (row): 遗留安全隐患复发率 ≥2%.
* ub06-points-wrong: W103 error, Sheet1!A9: 产出指标（40分） over 45 points; W103 error,
  Sheet1!A14: 效益指标（40分） over 35 points (the totals are 100 both ways); F105 error,
  Sheet1!B17: （3）质量指标 under 效益指标.
* ub08-flow-second-sheet: T105 error, 绩效指标!D4: 泄放设施验收合格率 38座; T113 warning,
  绩效指标!D5: 泄放设施改造完工时间 typed 100%.
* ub10-release-copied (2025–2026): D204 warning, Sheet1!D9: 年度目标 = 中期目标; D202 warning,
  Sheet1!E11: 完成泄放改造电站数量 ≥30座 in both columns; D201 error, Sheet1!E12: 新建生态流量
  监测断面 年度 ≥15个 above 中期 ≥12个.
* ub12-direction-inline: T108 warning, Sheet1!D9 (row): 核查泄放设施电站数量 ≤42座; T107
  warning, Sheet1!D10: 监测数据有效传输率 =95%; T108 warning, Sheet1!D13 (row): 泄放不达标电站
  占比 ≥5%.
* ub14-flat-defects: W101 error, book level: weights add to 95; T112 error, Sheet1!B9:
  ≥14公里 with 计量单位 座.
* ub16-department-money-wrong: B101 error, 部门整体!B4 (row): 基本支出 620 + 项目支出 1200 =
  1820 ≠ 资金总额 1860 (财政拨款 + 其他资金 holds); B102 error, 部门整体!D9: tasks 450 + 380 + 290 =
  1120 ≠ 金额合计 1200; F110 error, 部门整体!C14: a value ≥35座 without a name.
* ub18-template-left: X105 warning (X103 accepted), Sheet1!C5: 年度资金总额 text 「146.3 8」,
  read as 146.38 (then 130 + 16.38 holds); F110 error, Sheet1!C10: a value ≥2座 without a name;
  F109 warning, Sheet1!B14 (row): tier-2 社会成本指标 left without indicator or value.

Legitimate look-alikes in the correct returns:

* ub01: 干流减脱水河段长度下降率 ≥ typed 60% (a 下降率 is 正向 here); typed percent cells with %
  also in the unit column; a date cell as the 时效 value; 定性 in the operator column with 健全;
  38万元/座 × 6 = 228 ≤ 264.
* ub03: the same name 生态流量监测数据上传率 and 电站业主满意度 in both stacked projects with
  different values (each project its own table); 监测终端接入完成率 =100% at the ceiling (text);
  其他资金 0; 8 × 20 = 160 ≤ 185 and 2.4 × 36 = 86.4 ≤ 96.
* ub05: tier points 50 + 10 + 30 + 10 and indicator points both add to 100, with a 合计 row of
  100; 河段生态流量保证率提高 ≥8百分点 (a rate change in percentage points).
* ub07: typed percent cells under 目标值（年度）; the 评价标准 column is scoring text, not a value;
  a 注 row under the table.
* ub09: three-year project: annual counts (40) below period counts (96); the rate and unit cost
  equal in both columns; 2027年12月31日前 inside the project period; 10 × 96 = 960 ≤ 1260 and
  10 × 40 = 400 ≤ 480.
* ub11: 泄放不达标时长下降率 正向 ≥ 30 %; 断流事件发生次数 反向 ≤ 0 起 (a zero incident target,
  not a rounded cost); 定性 in the direction column with an empty operator; 其他资金 0.
* ub13: weights add to 100; one typed 95% with % in the unit column, other rates bare numbers
  with %; no tiers, so no tier findings.
* ub15: shares typed as percents (89.74% + 10.26%, 32.48% + 67.52%); 金额合计 = 项目支出 1580,
  explained in a 注 row below the table.
* ub17: 河段断流天数 ≤ 0 天; codes in the first two columns; a 说明 row and a repeated header row
  inside the table; a review date in the year before the budget year.

Judgements where a reviewer could hesitate:

* ub03's =100% on a 完成率 is the ceiling, not a T107 case; ub12's =95% on a transmission rate is.
* ub04's B107 is a warning (money too little for the goal), not an error; the mark is on the
  standard's row, where a finding on the count row would not match.
* ub06: which of tier score and indicator points is wrong cannot be told; the mark is at the
  tier label carrying the declared score, as in the main corpus. The 质量指标 there belongs to
  产出指标 in every framework, so F105 and not a framework mix.
* ub10 plants a single copied cumulative count (not a whole copied column); other counts differ,
  so D202 stays a warning at that cell.
* ub12: 核查 ≤42座 on a 正向 count is doubtful (perhaps the full list of stations), hence a warning.
* ub14: ≥14公里 against 座 is a conflict (error); 河岸植被覆盖率提高 ≥6 百分点 is not a defect.
* ub16: B101 is marked at 资金总额 with row=True since the finding may land on 基本支出 or 项目支出;
  the nameless row repeats ≥35座 but is marked only F110, not a duplicate.
* Fill and signature dates in 2024 (the year before the budget year) are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout330 import exits, flows, reaches
from tests.variants.holdout330.registry import HOLDOUT330
from tests.variants.kit import Variant

MODULES = (exits, flows, reaches)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT330, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 330th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
