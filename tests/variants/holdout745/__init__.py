"""The 745th held-out set: 18 invented returns of 岑江省's provincial grain-reserve project,
with a careful reviewer's marks, to measure ``goalbook check`` out of sample. Its aim is checks
across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2s, unit cost × count against the money, parts against totals.

Theme: grain-depot storage upgrades (``depots``, kca01–kca06), grain-quality monitoring
(``quality``, kca07–kca12) and reserve-rotation (轮换) cost subsidies (``rotation``,
kca13–kca18). Budget year 2025 throughout; money in 万元 (mostly only in the number format).

Layouts: project heads with one value column (kca02, kca05, kca06, kca08, kca10, kca12, kca14,
kca18), an operator and a unit column with typed percent cells (kca01), 指标性质 as direction and
指标方向 as operator (kca16), 中期 and 年度 columns (kca03, kca04, kca15), tier-1 and indicator
score columns (kca11), a second sheet under 考核指标 / 目标值（年度） / 评价标准 (kca09), stacked
projects (kca05, kca14), department heads with a flat list (kca07) or a tiered table under
绩效目标值 with typed percent shares (kca17), a budget-system export with codes in the first
columns and the header on row 3 of a second sheet (kca13). Tier labels numbered (kca01),
abbreviated (kca06), plain elsewhere; header words 指标内容 / 绩效标准 (kca02), 预期目标 (kca12).

Planted mistakes (return: code, highest accepted severity, place):

* kca02: D104 ≤warning row 低温改造仓房数量 (goal 8栋, indicator ≥6栋); D103 ≤warning row
  仓房气密性改造达标率 (alt D101, the 达标率 above with two words more); Y102 ≤error at the
  完工时间 value ``2024年11月30日前`` (alt Y101, Y103).
* kca04: B103 ≤error at 年度资金总额 420 > 中期 400; D204 ≤warning at the 年度目标 cell (copied
  from 中期目标); D201 ≤error at the annual 改造库点数量 ≥14个 above the period's ≥12个.
* kca06: B101 ≤error at 年度资金总额 200 ≠ 150 + 40; F201 ≤warning row 环流熏蒸设备验收合格率
  under 时效; B107 ≤warning row 单仓改造成本 ≤45万元/栋 × 6栋 = 270 > 200.
* kca08: D104 ≤warning row 监测样品采集数量 (goal 1200份, indicator ≥1000份); F201 ≤warning row
  风险监测报告期数 (a count) under 质量; B107 ≤warning row 单份样品检测费 ≤350元 × 1000份 = 35 > 30.
* kca10: Y103 ≤warning at the 年度绩效目标 cell (alt Y101: 2024年度普查 in a 2025 return); Y102
  ≤error at 计划开始日期 2024-03-01 of a one-year project (alt Y101); D103 ≤warning row
  库存粮食检验结果判定准确率 under 社会效益, the 质量 indicator again with a word more (alt D101).
* kca12: D104 ≤warning row 运维监测点数量 (goal 40个, indicator ≥36个); F109 ≤warning row at the
  empty 时效指标; F110 ≤error at the empty name of the ≥90% row.
* kca14: B101 ≤error at the second project's 年度资金总额 48 ≠ 40 + 5; D104 ≤warning row
  轮换储备油数量 (its goal 3000吨, indicator ≥2500吨).
* kca16: Y102 ≤error at the 完成时限 date 2026-06-30 of a one-year 2025 project; B107 ≤warning
  row 出入库费用补贴标准 80元/吨 × 2.5万吨 = 200 > 150; T108 ≤warning row ≥ on 反向 轮换损耗率.
* kca18: X106 ≤error at ``120万120万（含运输）`` (alt B108); B102 ≤error at the 合计 180 of detail
  lines 120 + 40 + 25 = 185.

25 required marks, 21 of them found only by comparing parts of the return (all but F109, F110,
T108 and X106).

Legitimate look-alikes in the correct returns: unit cost × count equal to the money (kca01
12000平方米 × 150元 = 180万; kca05 4 × 30 and 150 × 4000元; kca07 2400 × 850元 ≤ 210; kca09
10 × 8; kca11 15 × 10; kca13 2万吨 × 100元 = 200 of a 260 project with its detail lines;
kca15 6万吨 / 3万吨 × 90元 = 540 / 270; kca17 within every task); goal counts that are a
total with parts in brackets (kca01, kca09, kca11, kca15); a later year the work prepares for
(kca03 为2028年…推广积累经验, beyond its 2025–2027 period); period counts beside smaller annual
counts and equal rates and unit costs in both columns (kca03, kca15); 下降率 / 缩短率 / 减少率
with ≥ (kca03, kca09, kca15); 0次 / 0起 / 0批次 on incident counts (kca01, kca05, kca07, kca09,
kca15); =100% on ceiling rates, as text or typed pct(1) (kca01, kca05, kca13, kca17); tier
points and indicator points both adding to 100 and a rate raised in 百分点 (kca11); the same
indicator with different values in two stacked projects (kca05); a fill date in 2024 (all
signature lines); a note row inside the table (kca11) and a 填表说明 row under it.

Judgements: a goal count above the indicator's (kca02, kca08, kca12, kca14) is a warning, not an
error: the reviewer asks which figure holds. B107 stays a warning (a cap × a minimum may not be
reached). A 2024 deadline, start date or date in a 2025 one-year return is an error (Y102), a
2024 year named in the goal text a warning (Y103). 年度资金 above 中期资金 and an annual count
above the period's are impossibilities (errors). kca10's note row is not an indicator. kca03's
2028 is deliberately left unmarked (the goal says what the work prepares for).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout745 import depots, quality, rotation
from tests.variants.holdout745.registry import HOLDOUT745
from tests.variants.kit import Variant

MODULES = (depots, quality, rotation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT745, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 745th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
