"""The 731st held-out set: 18 invented returns of 桐泽县's rural drinking-water safety project
(村级水厂提标改造, 农村供水水质检测, 供水管网漏损修复), money in 万元, budget year 2025.

Layouts: project heads with one value column (kbm02, kbm06, kbm14, kbm18), an operator column in
words or symbols with a unit column (kbm01, kbm13, kbm16), 中期 and 年度 columns (kbm03, kbm04),
a two-row header over 实施期 and 年度 (kbm17), tier-1 and indicator score columns (kbm11,
kbm12); department heads with tasks (kbm05) and flat lists (kbm07, kbm08); two projects stacked
in one sheet (kbm09, kbm10); a budget-system export with codes in the first columns and the
table on a second sheet, header repeated after a page break (kbm15). Tier labels numbered with
points (kbm01), abbreviated and marked with * (kbm06); headers 预期目标, 绩效目标值, 考核指标,
目标值（年度）, 指标内容, 绩效标准, 预期实现值.

Planted mistakes (return: code, highest accepted severity, place):

* kbm02: D104 ≤warning at the 提标改造村级水厂 row (goal 3 plants, indicator ≥2座); Y102
  ≤error alt Y101/D104 at 改造工程完工时间 (2026 deadline in a one-year 2025 project).
* kbm04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  ≥8座 (period ≥6座); D103 ≤warning alt D101 at the 新增在线余氯监测仪数量 row (same indicator).
* kbm06: B101 ≤error at 年度资金总额 (95 ≠ 70 + 20); F201 ≤warning at the 新建水厂管理房 row (a
  count under 质量); F201 ≤warning at the 出厂水浊度达标率 row (a quality rate under 时效).
* kbm08: D104 ≤warning at the 水样检测数量 row (goal 1600份, indicator 1200); T105 ≤error alt
  T112 at 水样检测合格率 `96份`; W101 ≤error, book level (weights add to 95).
* kbm10: B101 ≤error at the second project's 年度资金总额 (45 ≠ 30 + 10); Y103 ≤warning alt
  Y101/Y102 at its goal (2024年底前 left in a 2025 return); D102 ≤error alt D101/D103 at the
  second 水源地水样检测频次 row (≥12次 and ≥4次).
* kbm12: W103 ≤error at the 产出指标 score 50 (45 under it); D103 ≤warning alt D101 at the
  水质检测数据有效率 row; F201 ≤warning at the 农村供水用户满意度 row (under 社会效益); W101
  ≤error book level tolerated (caused by the W103).
* kbm14: D104 ≤warning at the 更新老旧供水管道 row (goal 18公里, indicator 12); B107 ≤warning at
  the 单处漏点修复成本 row (0.5 × 150 = 75 > 60); T108 ≤warning at the 管网漏损率 row (≥12%).
* kbm16: Y104 ≤error alt Y101/Y102 at 计划完成日期 2024-11-30 (before the 2025-03-01 start);
  Y102 ≤error alt Y101/Y103 at the 修复工程完工时间 date cell 2024年11月30日.
* kbm18: F109 ≤warning at the empty 社会成本指标 row; F110 ≤error at the empty name cell of the
  ≥5公里 row; X101 ≤error at the template example row `示例：建立长效管护机制 ≥**%`.

Legitimate look-alikes in the correct returns: typed percents with a % unit column (kbm01,
kbm07, kbm13) and `=100%` on 合格率/及时率; 供水安全事故 = 0起 and 爆管停水事故 = 0起 (kbm01,
kbm13); a 复检差错率 and 漏损率 with ≤, a 漏损率下降率 with ≥ 20% explained in a note (kbm13);
`≥5百分点` on a 达标率 raise (kbm11); tier-1 points and indicator points both adding to 100
(kbm11); the period's counts beside smaller annual counts, rates and unit costs equal in both
columns, a period deadline in 2027 inside a 2025–2027 project (kbm03); a goal naming 2027 as the
year the work prepares for in a 2025–2026 project (kbm17); a goal count with its part in
brackets (kbm15: 120个（其中石碾片区40个）); the same indicator name with different values in
two stacked projects (kbm09); costs that stay within their money (3 × 60 = 180 in kbm03,
2 × 55 = 110 in kbm01); tasks adding to 金额合计 = 项目支出 with a note saying so (kbm05); a 合计
row in a flat list (kbm07); fill, signature and print dates in 2024 (kbm01, kbm05, kbm07,
kbm15, kbm17); 打印日期 and 说明 rows; 90-percent satisfaction everywhere.

Judgements: kbm02's deadline is a Y102 error because a one-year project cannot end in the next
year, while the count gap is only a warning (the goal may count a plant finished elsewhere).
kbm08's `96份` under a % unit column is a rate given as a count (T105), T112 accepted. kbm10's
second 检测频次 row differs in value, so D102 is asked for with D101/D103 accepted. kbm14's
B107 is a warning (the catalogue's severity); the pipe cost 12 × 3 = 36 fits. kbm16's two dates
are one leftover seen at two cells; both are asked for. kbm04's cost 15万元/座 × 8 = 120 equals
the annual money, so no B107 follows from the D201. The two-row header of kbm17 and the
repeated header of kbm15 are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout731 import leaks, plants, quality
from tests.variants.holdout731.registry import HOLDOUT731
from tests.variants.kit import Variant

MODULES = (plants, quality, leaks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT731, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 731st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
