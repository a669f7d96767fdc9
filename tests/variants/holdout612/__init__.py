"""The 612th held-out set: olive (油橄榄) and 文冠果 oil-tree plantations, with a cold-pressing
oil workshop (冷榨油加工). 18 invented returns written blind (per ``shared/domain.md`` and
``tests/variants/README.md`` only), 9 correct and 9 with planted mistakes, most of them found
only by comparing one part of a return with another. Budget year 2026 throughout; invented
places 澜石县, 柘岗乡, 羊角坪, 鹤栖镇, 桐坪乡.

Layouts
-------
groves.py (plantations): ex01 project, OLD-NAT, operator and unit columns; ex02 project, one
value column; ex03/ex04 three-year projects with 中期 and 年度 columns (NAT-2021); ex05
department with key tasks; ex06 two projects stacked in one sheet.
press.py (workshop): ex07 project with a detail block and operator/unit columns; ex08 project
with detail lines under the table; ex09/ex10 department flat lists (指标名称 · 权重 · 计量单位 ·
指标性质 as operator · 指标值); ex11 head on 基本信息, indicators on a second sheet under 指标内容
/ 预期实现值; ex12 budget-system export (sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2,
codes in the first columns, header on the third row).
bureau.py (both): ex13 numbered tier labels with points and an indicator score column; ex14
tier-1 score column plus indicator scores; ex15 说明 row inside the table, header repeated after a
page break, 注 / 填表说明 rows, signature; ex16 labels with * / ★ and abbreviated tier-2s; ex17
department with key tasks; ex18 department, abbreviated labels, two-row header, word operators.

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* ex02: D104 ≤warning, row of 低产园改造面积 (≥650亩 against the goal's 600亩; the goal cell
  tolerates a finding); Y102 ≤error, the 改造完成时间 value (2027年3月31日前 in a one-year 2026
  project); B107 ≤warning, row of 改造补助标准 (2000元/亩 × 650亩 = 130万 > 100万).
* ex04: D201 ≤error, 年度 cell of 嫁接改良面积 (900 > 600; alt D104); D202 ≤warning, 年度 cell of
  技术培训期数 (30期 copied from 中期; the 年度目标 says 10期; alt D104); F201 ≤warning, row of
  嫁接成活率 under 时效指标.
* ex06: D103 ≤warning, row of 油橄榄树体整形修剪面积 (alt D102, D101); B101 ≤error, the second
  project's 年度资金总额 (45 ≠ 30 + 10); Y103 ≤warning, the second project's goal naming 2025年度
  (alt Y101).
* ex08: D104 ≤warning, row of 鲜果压榨量 (1200吨 against the goal's 1500吨); F201 ≤warning, row
  of 初榨油抽检合格率 under 数量指标; B102 ≤error, the detail 合计 (40 + 15 + 8 = 63 ≠ 65, alt
  B101; the head's 65 tolerates an error).
* ex10: W101 ≤error, book level (weights 95); D103 ≤warning, row of 冷榨油年产量 (alt D102,
  D101); T108 ≤warning, row of 吨油综合电耗 (≥ on a 反向 indicator).
* ex12: B102 ≤error, 项目合计 on 05-1 (28 + 6 + 4 = 38 ≠ 40, alt B101); Y102 ≤error, the deadline
  2025-10-31 on 05-2.
* ex14: W103 ≤error, the 产出指标 score cell (50 declared, 45 below; W101 tolerated at book level);
  D104 ≤warning, row of 培训期数 (≥4期 against the goal's 6期); F201 ≤warning, row of 参训学员满意度
  under 社会效益指标.
* ex16: F110 ≤error, the empty name cell of the ≥95% row; F109 ≤warning, row of the empty 时效.
* ex17: B102 ≤error, the tasks' 金额合计 (150 + 90 + 50 = 290 ≠ 300, alt B101); D104 ≤warning,
  row of 新建油橄榄示范园 (≥2个 against the goal's 3个).

Legitimate look-alikes in the correct returns
---------------------------------------------
ex01: the goal's 500亩 / 300亩 / 荒坡地300亩 are parts of 800亩; 2027 named as the year the work
prepares for; 病虫害发生率 ≤5%; =100% at the ceiling; 1200元/亩 × 800亩 = 96万 ≤ 120万; typed
percents. ex03: period counts above the year's, equal rates and unit costs in both columns,
1000元/亩 × 3000亩 = 300万 ≤ 360万 and × 1000亩 = 100万 ≤ 120万, a 中期 deadline in 2028. ex05:
森林火灾发生起数 0起; 1300元/亩 × 1000亩 = the task's 130万 exactly. ex07: 出油率提高 ≥2百分点;
18万元/台 × 2台 = the 36万 line; detail lines = 60. ex09: 单位产品能耗下降率 ≥5%, 产品投诉率 ≤1%,
weights 100 with a 合计 row. ex11: 900吨 with its parts 600吨 and 300吨 as separate indicators;
500元/吨 × 900吨 = 45万 ≤ 50万. ex13: tier points and indicator points both add to 100; 良种覆盖率
提高≥5百分点. ex15: note, repeated header, footnotes and signature rows;
15万元/个 × 4 = 60万 ≤ 90万; a fill date in 2025. ex18: 采种园 500亩 with its parts in
brackets; 2400元/亩 × 500亩 = the task's 120万; 等于 100%.

Judgements
----------
* Goal-vs-indicator count differences are warnings (D104), not errors: the reviewer asks.
* A deadline in 2027 (ex02) or 2025 (ex12) in a one-year 2026 project is marked as an error
  (Y102): the date cannot lie within the project period.
* 0起 on a fire count (ex05) is a legitimate zero, not a zero target (T115).
* 带动农户务工 counts in 人次 and 抚育面积 in 亩 are cumulative; rates and unit costs may be equal
  in 中期 and 年度.
* In ex04 the copied 30期 is marked D202 (a period count copied into the year), D104 accepted.
* In ex14 the W101 that the missing 5 points cause is tolerated, not required.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout612 import bureau, groves, press
from tests.variants.holdout612.registry import HOLDOUT612
from tests.variants.kit import Variant

MODULES = (groves, press, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT612, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 612th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
