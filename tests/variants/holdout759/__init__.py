"""The 759th held-out set: 18 invented returns of a city market-regulation bureau (澄湾市市场监督
管理局, districts 枫港区 and 石棠区, budget year 2025): special-equipment (特种设备) elevator
inspections (kco01–kco06), a counterfeit-goods crackdown (kco07–kco12) and a metrology (计量)
verification service (kco13–kco18). 9 correct, 9 with 24 required marks, aimed at checks across
the table (goal text against indicators, years, 中期 against 年度, duplicates, tiers, money).

Layouts: project heads with one value column and numbered / abbreviated / pointed tier labels;
operator and unit columns; a tier-1 score column beside indicator scores; 中期 and 年度 columns
(two- and three-year projects); stacked projects; department heads with a flat list or key
tasks; a budget-system export with codes and the table on a second sheet (预期实现值); headers
预期目标, 绩效目标值; 注 / 说明 / 填表说明 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kco02-lift-period: D104 warning, row of 老旧电梯安全评估数量 (中期目标 9000台, 中期 ≥8000台);
  D202 warning at the 年度 cell of 评估档案建档数量 (9000份 copied); D201 error at the 年度 cell of
  评估覆盖街道数 (30 > 24).
* kco03-lift-stacked: B101 error at the second project's 年度资金总额 (70 + 10 ≠ 85); D101
  warning (alt D103, F201), row of the repeated 困人救援平均到场时间 under 质量指标.
* kco05-lift-dates-tiers: Y101 error (alt Y102) at the plan start 2024-03-01; D104 warning, row of
  监督抽查电梯台数 (goal 2500, indicator 2000); F201 warning, row of 抽查记录归档合格率 under 时效.
* kco08-fake-cost: Y103 warning (alt Y101) at the 年度目标 naming 2024年度; B107 warning, row of
  单批次抽检成本 (800元 × 600 = 48万 > 40万); D102 error (alt D101, D103, F201), row of the second
  重点商品抽检批次 (450 vs 600).
* kco09-fake-department: B102 error at the 金额合计 amount (50 + 30 + 30 ≠ 120); D104 warning,
  row of 集中销毁假冒商品重量 (task and goal 50吨, indicator 30吨); D103 warning (alt D101,
  D102), row of 查办侵权假冒案件数量 (≥140件 beside 查办侵权假冒案件数 ≥150件).
* kco12-fake-rates: T105 error at 问题经营户整改率 `≥150户`; Y102 error (alt Y103) at the deadline
  2026年3月31日前 of a one-year 2025 project; F201 warning, row of 农村消费者满意度 under 社会效益.
* kco14-meter-points-wrong: W103 error (alt W101) at the 产出指标 score 40 (15 + 10 + 10 = 35);
  D104 warning, row of 加油机专项检定数量 (goal 1400台, indicator 1200台).
* kco16-meter-template: X101 error, row of the template example 示例：培训人次 `≥**人次`; F109
  warning, row of the empty 时效指标; F110 error at the empty name cell of a `≥20家` row.
* kco17-meter-period: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the
  年度 cell of 智能表计检定数量 (60万 > 50万).

Look-alikes in the correct returns: kco01 a goal count with its parts in brackets and a
`其中：` indicator, 下降率 `≥8%`, typed percents; kco04 tier points and indicator points both
100 (with a 合计 row), `≤0起` on an incident count, `≥5百分点`, unit cost × count equal to the
money; kco06 a flat list with typed percents and weights adding to 100, 差错率 `≤1%`; kco07 a
注 row inside the table, a footnote explaining the total, 为2026年… in the goal, a signature
dated 2024, `≥3百分点`; kco10 codes in the first columns, table on a second sheet, typed 15% on
a 立案率; kco11 period counts above the year's, equal rates, a 中期 deadline in 2026 within the
period; kco13 points at two levels, `提高≥3百分点`, cost × count equal to the money; kco15 the same
indicator names with different values in two stacked projects; kco18 direction and operator
columns in words, 下降率 正向 大于等于.

Judgements: a goal's count (1400) and an indicator's smaller count (1200) are taken as a
contradiction, not as a part, because neither text names a part; kco03's repeated indicator
has the same value, hence D101 at warning; kco08's same-named indicator with another value is a
conflicting duplicate an error may name; kco09's near-duplicate stays a warning; kco12's
deadline after the project's end is an impossibility for a one-year project (error); kco17's
`=1条` beside `=2条` and the 年度 `≥8万只/年` capacity are not copies; kco16's tier-2 label row
carries F109 only, not F110 (no value).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout759 import counterfeit, elevator, metrology
from tests.variants.holdout759.registry import HOLDOUT759
from tests.variants.kit import Variant

MODULES = (elevator, counterfeit, metrology)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT759, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 759th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
