"""The 711th held-out set: old residential compound renovation (老旧小区改造) in the invented
柘湾区 and 鹭汀县: lifts added to existing buildings (lifts.py, kas01–kas06), pipe-network
replacement (pipes.py, kas07–kas12) and a property-management pilot (pilot.py, kas13–kas18).
Budget year 2025 throughout; 18 returns, 9 correct, 24 required marks (21 of them found only by
comparing one part of a return with another).

Layouts: project heads with one value column (kas01, kas05, kas09, kas10, kas14 table, kas18),
an operator column 指标性质 with a unit column (kas02, kas12 in words, kas13), 中期 and 年度
columns of three-year projects (kas03, kas04), two stacked projects (kas05), department heads
with tasks (kas06, kas13, kas14), flat department lists (kas07, kas08), detail lines and
footnotes under the table (kas09, kas10), a budget-system export with codes and the table on a
second sheet under 预期实现值 (kas11), ★/* and abbreviated tier labels (kas12), tier-1 and
indicator score columns (kas15, kas16), headers 考核指标 / 目标值（年度） with an instruction row
and a header repeated after a page break (kas17), template rows left empty (kas18).

Planted mistakes (return: code ≤ highest severity, place):

* kas02: D104 ≤warning, 加装电梯数量 row (goal 36部, indicator 32部); F201 ≤warning, row of
  电梯特种设备监督检验合格率 under 时效指标; B107 ≤warning, subsidy row (60万元/部 × 32 or 36
  部 above the 1800万元), alt D104.
* kas04: D204 ≤warning, 年度目标 cell (copied from 中期目标); D201 ≤error, the annual 加装电梯
  数量 cell (≥36部 against the period's ≥30部); Y102 ≤error, annual deadline 2024年10月31日前
  in a 2025—2027 project, alt Y103, Y101.
* kas06: B101 ≤error, 资金总额 cell (1200 + 3000 ≠ 4300); D104 ≤warning, 加装电梯数量 row
  (goal and task 60部, indicator 45部).
* kas08: W101 ≤error, book level (weights add to 95); D102 ≤error, row of 改造老旧供水管网长度
  (18 against 15 公里 for 老旧供水管网改造长度), alt D103, D101; Y103 ≤warning, row of the
  leftover 2024年雨污分流完成小区数, alt Y101.
* kas10: F201 ≤warning, row of 管道气密性试验合格率 under 数量指标; B107 ≤warning, unit-cost row
  (45 × 24 = 1080 > 980); B102 ≤error, the 合计 row of the detail lines (620+260+70 = 950).
* kas12: Y102 ≤error, 计划完成日期 2026-06-30 of a one-year 2025 project, alt Y101; T108
  ≤warning, row of 供水管网漏损率 with 大于等于.
* kas14: Y103 ≤warning, 年度总体目标 cell naming 2024, alt Y101; D104 ≤warning, 试点小区数量
  row (goal 8个, indicator 6个); D102 ≤error, second 物业服务满意度 row (85% / 90%), alt D101,
  D103.
* kas16: W103 ≤error, 产出指标's score cell (45 against 40); F201 ≤warning, row of 试点小区居民
  满意度 under 社会效益指标; W101 at book level tolerated (not required).
* kas18: F110 ≤error, the empty name cell of the ≥95% row; F109 ≤warning, row of the empty
  时效指标; B107 ≤warning, subsidy row (25 × 6 = 150 > 120).

Look-alikes in the correct returns: a goal count with its parts in brackets (kas01 40部 =
24 + 16, kas03, kas09, kas13); typed percents pct(1.0)/pct(0.95)/pct(0.9) (kas01, kas03, kas07,
kas13); 下降率 with ≥ (kas01, kas09); 0起 and =0起 on incident counts (kas01, kas07, kas17);
changes in 百分点 (kas07, kas15); subsidy × count equal to its money (kas01 25 × 40 = 1000
against 1000 财政拨款; kas05 both projects; kas13; kas15; kas17); period counts above the
year's with equal rates and unit costs (kas03); a later year inside the project period (kas03
为2027年全区推开); the same satisfaction indicator with different values in two stacked
projects (kas05); 2024 in footnotes and a fill date in 2024 (kas09, kas17); 其他资金 0 (kas05,
kas17); =100% typed as text (kas11); 100 points both ways (kas15).

Judgements: a count gap between goal and indicator is a warning (the goal may be rounded or
include carried-over work), a copied year's count above the period's is an error; a 2024
deadline in a project starting 2025 cannot be met, so an error; in kas12 a one-year project
ending mid-2026 contradicts its 项目期, an error. In kas02 the B107 holds whichever count is
taken. In kas16 the indicator points add to 95 against 100 declared: the same defect as W103,
so W101 is tolerated, not asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout711 import lifts, pilot, pipes
from tests.variants.holdout711.registry import HOLDOUT711
from tests.variants.kit import Variant

MODULES = (lifts, pipes, pilot)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT711, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 711th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
