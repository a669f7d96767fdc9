"""The 329th held-out set: 18 invented returns on local grain reserves and storage
(地方储备粮轮换, 粮库智能化升级, 粮食质量安全检测, 储备粮承储企业监管, 粮油应急供应网点), budget
year 2025, with a careful reviewer's marks. Places (澄岭县, 苇塘县, 栖梧市, 桐坂区, 鹤渚县, 雁汀县),
units, people, telephone numbers and figures are invented.

Modules: ``rotation`` (ua01–ua06, reserve rotation and supervision of storage enterprises),
``depots`` (ua07–ua12, smart depot upgrades and quality testing), ``supply`` (ua13–ua18,
emergency supply outlets, department returns and a budget-system export).

Layouts: project heads with one-year and multi-year money blocks; department heads with budget
and key tasks; an operator column (指标性质 as ≥/≤, 比较符 in words) with a unit column; two
projects stacked in one sheet; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 and
指标名称 · 指标值 · 计量单位 · 指标方向 · 权重); 中期 and 年度 value columns; tier-1 and indicator
score columns; numbered, abbreviated and marked tier labels; headers 指标内容 / 绩效标准 /
预期实现值 / 预期目标; a 说明 row inside the table and a header repeated after a page break; 注,
填表说明 and signature lines; a budget-system export with codes in the first columns, the
header on row 3 and the table on a second sheet; a head and its table on two sheets.

Planted mistakes (return: code, highest accepted severity, place):

* ua02: T106 ≤error at the 轮换计划完成率 value (typed 105 %); T105 ≤error, row, at the
  合格率 given as 15 批次; T108 ≤warning, row, at the 大于等于 of a 损耗率.
* ua04: B101 ≤error, row, at the second project's 年度资金总额 (85 ≠ 60 + 20); T105 ≤error at
  储备油脂质量抽检合格率 “24批次”.
* ua06: W101 ≤error, book level (weights add to 95); T108 ≤warning, row, at “≥1%” on a
  违规问题发生率 declared 反向.
* ua08: D202 ≤warning at two annual cells copied from the three-year column (抽检样品数,
  设备台套数); D201 ≤error at the annual 培训人次 120 above the period's 90.
* ua10: W103 ≤error at the 产出指标 score cell (45 against 40); T106 ≤error at the typed 110 %
  of 上传完整率; W101 ≤error book level tolerated, not required (the indicator scores add to 95).
* ua12: F105 ≤error (F104 accepted) at “2.时效指标” under 三、效益指标; T108 ≤warning, row, at
  检测差错率 “≥0.5%”.
* ua14: B101 ≤error, row, at 资金总额 (基本支出 + 项目支出 = 1880 ≠ 1900); B102 ≤error (B101
  accepted) at 金额合计 860 over tasks adding to 840.
* ua16: X103 ≤warning (B108 accepted) at the text amount “1,260.00” on sheet 05-1; X104
  ≤warning at the text “45930” (2025-09-30) given as 平台升级完成时间.
* ua18: F109 ≤warning, row, at the empty 社会成本指标 and 生态效益指标; F110 ≤error at the empty
  name cell of a “≥95%” row.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100 % on 账实相符率 (ua01) and
text ``=100%`` on 验收合格率 (ua17), the ceiling; typed percent cells with % also in the unit
column (ua01, ua05); 损耗率 with ≤ (ua01, ua05); ``≤0起`` on incident counts (ua03, ua05, ua08
correct rows, ua11); the same indicator name with different values in two stacked projects
(ua03); a cost cap equal to the project's money (ua03 清查工作经费 ≤58万元); a 合计 row under a
flat list and under a score table (ua05, ua09); tier points and indicator points both adding
to 100 (ua09); rate changes in 百分点 (ua07, ua09); equal 中期 and 年度 values for rates and
unit costs in a two-year project (ua07); a period deadline in the second year (ua07);
numbered, abbreviated, ``*`` and ★ labels (ua11); a 说明 row, a repeated header, 注 and
填表说明 rows, a signature line dated in the year before the budget year (ua15); a date cell as
a deadline and a bare typed percent (ua17).

Judgements where a reviewer could hesitate: the 15 批次 in ua02 sits in the value cell with 批次
in the unit column, so the T105 mark is a row mark; the B101 of ua04 and ua14 is a row mark
because the total and its parts share the row; in ua14 the 金额合计 equals 项目支出, so the task
lines, not the 合计, are what disagrees (B102 at the 合计 cell); ua06's weights add to 95, not
90, so the 90-when-预算执行率-is-scored-separately exception does not apply; ua16's text amount
is readable and adds up (1,260 = 1,200 + 60), so only a warning is accepted; ua12's 时效指标 may
be reported as unknown under 效益指标 (F104) rather than misplaced.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout329 import depots, rotation, supply
from tests.variants.holdout329.registry import HOLDOUT329
from tests.variants.kit import Variant

MODULES = (rotation, depots, supply)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT329, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 329th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
