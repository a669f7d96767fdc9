"""The 633rd held-out set: 娃娃鱼（大鲵）与鲟鱼养殖、渔业尾水治理.

18 invented returns (places 澄岭县, 溪鹤县, 漾川区, 梧潭县, 枫渚市, 岚渚镇; every project,
person, phone number and figure invented), 9 correct and 9 with planted mistakes, 24 required
marks, 19 of them found only by comparing one part of a return with another.

Layouts: project heads with one-year and multi-year money blocks (fs01-fs06, fs08-fs11,
fs15-fs18), department heads with budget split and key tasks (fs07, fs13, fs14), numbered and
pointed tier labels, ★ and *, abbreviated labels (fs01, fs03, fs05, fs10), an operator column
(fs01, fs11, fs18), 中期 and 年度 columns (fs02, fs04), two complete column sets under a
two-row header (fs09), stacked projects (fs06, fs17), a flat list (fs07), headers 指标内容 /
绩效标准 (fs08), 指标值（年度） (fs10), 考核指标 / 预期实现值 split into 比较符 and 数值 with
评价标准 on a second sheet (fs15), 预期目标 (fs16), a budget-system export with codes in the
first columns and the header on the third row of a second sheet (fs12), note rows, a header
repeated after a page break, 填表说明 and signature lines (fs11), a 指标方向 column (fs17).

Planted mistakes (return: code, highest accepted severity, place):

* fs03: D104 ≤warning at Sheet1!D9 (row): 年度目标 says 放流3000尾, the indicator ≥2000尾;
  F201 ≤warning at Sheet1!C12 (row): 放流苗种检疫合格率 under 时效; Y102 ≤error at Sheet1!D13
  (alt Y101, Y103, D104): 放流活动完成时间 2024年10月31日前 in a 2025 one-year project.
* fs04: D204 ≤warning at Sheet1!D9: 年度目标 copied from 中期目标 in a three-year project;
  D202 ≤warning at Sheet1!E11: 标准化池改造数量 ≥24口 copied into 年度; D201 ≤error at
  Sheet1!E12: 年度 ≥75万尾 above the period's ≥60万尾.
* fs06: D103 ≤warning at Sheet1!C10 (row; alt D101, D102): 后备亲本更新数量 ≥150尾 beside
  鲟鱼后备亲本更新数量 ≥200尾; B101 ≤error at Sheet1!C20: the second project's 年度资金总额
  120 ≠ 90 + 20.
* fs08: D104 ≤warning at Sheet1!D9 (row): goal 800亩, indicator ≥600亩; Y102 ≤error at
  Sheet1!D12 (alt Y101, Y103, D104): 验收 2024年11月30日前, goal 2025年11月底; B107 ≤warning at
  Sheet1!D13 (row): 12处 × 15万元/处 = 180万元 > 年度资金 150万元.
* fs10: B101 ≤error at Sheet1!C5: 年度资金总额 95 ≠ 70 + 15; F201 ≤warning at Sheet1!C11
  (row): 尾水排放监测达标率 under 数量; D101 ≤warning at Sheet1!C13 (row; alt D102, D103):
  ★尾水监测点位建设数量 ≥8个 again under 时效.
* fs12: Y103 ≤warning at 部门项目支出绩效目标05-2!C4 (alt Y101, D104): the goal of a 2025
  table starts 2023年完成…; F109 ≤warning at 05-2!E8 (row): template tier-2 社会成本指标 left
  empty; D102 ≤error at 05-2!G10 (row; alt D101, D103): 尾水处理设施运维数量 ≥36处 against
  ≥30处 under 数量 (F201 at 05-2!F10 tolerated up to a warning, a count under 可持续影响).
* fs14: B101 ≤error at Sheet1!B4 (row): 基本支出 160 + 项目支出 240 = 400 ≠ 410 (财政拨款 +
  其他资金 does add up); B102 ≤error at Sheet1!D9: tasks 70 + 120 + 40 = 230 ≠ 金额合计 240;
  D104 ≤warning at Sheet1!D12 (row): goal and task say 12家, the indicator ≥10家.
* fs16: F110 ≤error at Sheet1!C11: a 质量 row with ≥98% and no name; F109 ≤warning at
  Sheet1!B14 (row): 生态环境成本指标 left from the template.
* fs18: T106 ≤error at Sheet1!E10: 苗种检疫合格率 typed 105%; T108 ≤warning at Sheet1!D11
  (row): 培育期苗种死亡率 with ≥.

Legitimate look-alikes in the correct returns:

* fs01: goal 6万尾（其中子二代2万尾） with both indicators; 为2026年增殖放流储备苗种 (a later
  year the work prepares for); typed percents (pct 0.85, 1, 0.95, 0.9) with % in the unit
  column; =100% on 检疫合格率; 6万尾 × 12元/尾 = 72万元 within 86万元; a date cell deadline.
* fs02: period counts above the year's (≥90万尾 / ≥30万尾, ≥3个 / ≥1个), equal rates in both
  columns, 病害发生率 ≤5%, 养殖用药量下降率 ≥20%, 为2028年推广积累经验 in the 中期目标.
* fs05: tier points (40/20/30/10) and indicator points both add to 100, a 合计 row of 100,
  比上年提高≥5百分点, ★ on a core indicator, a fill date in 2024; costs 24 + 22.5 within 60.
* fs07: flat list (no tiers: no tier findings), weights 100, 下降率 ≥15 with %, 事故数 ≤0起,
  a typed 90%; tasks 180 + 120 = 项目支出 300; 520 = 480 + 40 = 220 + 300.
* fs09: 中期 ≥20家 beside 年度 ≥12家; 20 × 10万 = 200 within 260, 12 × 10万 = 120 within 140;
  the repeated tier-3 names in the two column sets are one indicator per period.
* fs11: 注 on the money (年度资金 includes 10万元 carried over); 注 row inside the table
  (点位数含上年已建6个、本年新建4个) under ≥10个 while the goal says 新建4个; the repeated
  header row; the per-point cost ≤12万元 × 4 new points = 48 within 90 (not × 10); fill date
  2024-11-12.
* fs13: 368.5 = 340 + 28.5 = 148.5 + 220; tasks 80 + 60 + 80 = 220; a typed 98%.
* fs15: 0起 on 重大疫情发生数, =100% typed, ≥98% typed, ≤24小时; 45 = 45 + 0.
* fs17: the same names with different values in two stacked projects; 反向 with ≤, 正向 with ≥.

Judgements where a reviewer could hesitate: fs06's near-duplicate is a warning (a word less,
another value: maybe a different stock); fs12's duplicate has the same name and two values, so
D102 up to an error. The fs03 and fs08 deadlines in 2024 are errors (date outside the budget
year of a one-year project). fs14's B101 is a row mark: either 基本支出 or 项目支出 is wrong.
fs11's note row carries no value and is not an indicator. fs10's duplicate: D101 accepted at
the second occurrence only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout633 import breeding, services, tailwater
from tests.variants.holdout633.registry import HOLDOUT633
from tests.variants.kit import Variant

MODULES = (breeding, tailwater, services)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT633, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 633rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
