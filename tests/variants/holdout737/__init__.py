"""The 737th held-out set: 18 invented returns of a county natural-resources bureau (澄岭县
自然资源局 and its centres, all invented): land-consolidation (土地整治) projects (kbs01–kbs06),
farmland-boundary survey markers (耕地保护界桩, kbs07–kbs12) and geological-hazard monitoring
points (地质灾害监测点, kbs13–kbs18). Budget year 2026 throughout.

Layouts: project heads (one-year, two-year and three-year with 中期 and 年度 columns) and
department heads with budget, shares and tasks; an operator column headed 指标性质 or 指标方向
with a unit column (kbs01, kbs12, kbs13); headers 指标内容 / 绩效标准 (kbs07), 预期目标 (kbs17)
and a two-row header with 目标值 · 计量单位 · 权重 (kbs15); two projects stacked (kbs03); a flat
department list (kbs06); tier labels with numbering and points and a score column (kbs09,
kbs10, kbs18); a budget-system export with codes in the first columns and the table on a second
sheet from row 3 (kbs11); notes, 说明 and 填表说明 rows, subtotals, a repeated header, a total
row, signature and date lines; budget detail blocks with 合计 (kbs13, kbs14).

Planted mistakes (return: code, highest accepted severity, place):

* kbs02: B107 ≤warning (row 亩均整治成本: 0.3万元 × 2000亩 > 520万元); D104 ≤warning (整治面积
  ≥1800亩 against the goal's 2000亩); F201 ≤warning (row 工程质量验收合格率 under 时效).
* kbs03: B101 ≤error (second project's 年度资金总额 185 ≠ 150 + 30); Y102 ≤error alt Y103
  (second project's 复垦验收完成时间 2025-12-31).
* kbs05: D204 ≤warning (年度目标 = 中期目标); D201 ≤error (年度 整治面积 2600 > 中期 2400);
  D202 ≤warning (渠道 15公里 copied into 年度).
* kbs08: Y103 ≤warning alt Y101 (年度目标 says 2025); D102 ≤error alt D103/D104 (row 永久基本农田
  界桩补埋数量 ≥680 beside 界桩补埋数量 ≥860); B107 ≤warning (row 界桩单价: 600 × 860 = 51.6万
  > 45万).
* kbs10: W103 ≤error (产出指标（50分） over 45 points); F201 ≤warning (row 界桩管护群众满意度
  under 社会效益); W101 ≤error at book level tolerated (total 95).
* kbs11: X101 ≤error (row of the template example 示例：完成XX宗地调查); Y102 ≤error alt Y103
  (成果入库时间 2027年6月30日前 in a one-year 2026 project).
* kbs14: D104 ≤warning (群测群防员 ≥145人 against the goal's 154人); T108 ≤warning (row 预警信息
  误报率 ≥5%); B102 ≤error (明细合计 180 ≠ 167.4).
* kbs16: Y103 ≤warning alt Y101 (年度目标 says 2025); D202 ≤warning (接入平台 60处 copied into
  年度); D201 ≤error (年度 培训 150人 > 中期 120人).
* kbs17: F110 ≤error (empty name cell with value ≥4轮); F109 ≤warning (row 生态效益指标 left
  empty).

Legitimate look-alikes in the correct returns: typed percents with the operator in its own
column (kbs01, kbs06, kbs12, kbs13) and typed shares (kbs18); unit cost × count equal to the
money (kbs01 0.4 × 1200 = 480; kbs04 0.75 × 6000 / × 2000; kbs15 130 × 5 = 650) or within it
(kbs07 350 × 860 = 30.1万 ≤ 45; kbs09; kbs12; kbs13; kbs18 1.7 × 146 ≤ 260); a goal count that
is part of the indicator's or a total with its parts in brackets (kbs01 旱改水300亩, kbs07
620 + 240 = 860, kbs13 38 of 146); 中期 counts above the year's beside equal rates and unit
costs (kbs04); a later year the work prepares for (kbs04 为2029年…积累经验); =100% at the
ceiling; ≥5百分点 on a rate change (kbs09); 下降率 with ≥ and 0起 / 0人 incident targets (kbs06,
kbs12, kbs13, kbs18); points given both at tier-1 and per indicator, each adding to 100 (kbs09);
a note quoting 2025 prices and a fill date in 2025 (kbs07); subtotal, total, repeated header and
note rows (kbs15); a footnote explaining a total (kbs07).

Judgements: the conflicting duplicate in kbs08 is accepted as an error (one count cannot be both
≥860 and ≥680), D103/D104 also accepted. Goals naming the previous year (kbs08, kbs16) are
warnings: the reviewer asks, the tables may merely repeat last year's text. A deadline outside
the project period (kbs03, kbs11) is an error. kbs02's cost exceeds the money against both the
goal's area and the indicator's. kbs10's tier mismatch makes the total 95; W101 is tolerated,
W103 at the tier label is required. kbs17's empty tier-2 row is a template leftover, not an
error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout737 import hazards, lands, markers
from tests.variants.holdout737.registry import HOLDOUT737
from tests.variants.kit import Variant

MODULES = (lands, markers, hazards)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT737, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 737th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
