"""The 850th held-out set: 18 invented returns on soil and water conservation, half engineering
measures (terraces kgb01–06, check dams kgb07–12), half slope protection forests (kgb13–18), with
a careful reviewer's marks. Budget year 2025 throughout; places, units, people and figures are
invented (砾峪县, 槐坪镇, 窑梁县, 柘原县 …).

Layouts: project heads with one-year and three-year money blocks (万元 in the number format);
department heads with budget and key tasks; an operator column and a unit column with typed
percent cells (kgb01); headers 指标内容 / 绩效标准 / 预期目标 / 预期实现值 / 绩效目标值; stacked
projects (kgb03, kgb04); 中期 and 年度 columns (kgb05, 06, 15, 16); a flat list with weights
(kgb09); a budget-system export over two sheets with codes in the first columns and the header on
the third row (kgb10); numbered tier labels with points and a score column (kgb11, 12); tables on
a second sheet (kgb13, 14); note rows, a header repeated after a page break, 填表说明 and signature
lines (kgb13, 17, 18); a money detail block (kgb18).

Planted mistakes (code, highest accepted severity, place):

* kgb02: D104 ≤warning, row 新修水平梯田面积 (goal 1500亩, indicator ≥1300亩); Y102 ≤error, row
  of the deadline 2026年6月30日前 in a one-year 2025 project (alt Y101, Y103); B107 ≤warning, row
  坡改梯建设补助标准 (2500元/亩 × 1300亩 = 325 > 300万元).
* kgb04: B101 ≤error at the second project's 年度资金总额 (150 ≠ 100 + 40); D103 ≤warning, row
  梯田田坎完好率 under 可持续影响 repeating 田坎完好率 under 质量 (alt D101).
* kgb06: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  新修梯田面积 (≥3000 both columns); D201 ≤error at the annual 地埂植物带 (60 > 45公里).
* kgb08: B102 ≤error at 金额合计 (210 + 150 + 60 = 420 ≠ 440); D104 ≤warning, row 新建淤地坝数量
  (goal 12座, indicator ≥8座); F201 ≤warning, row 淤地坝管护人员满意度 under 社会效益指标.
* kgb10: F201 ≤warning, row 谷坊工程质量合格率 under 时效指标; Y102 ≤error, row of the deadline
  2024年10月31日前 (alt Y101, Y103); B107 ≤warning, row 单座谷坊建设成本 (12万 × 30 = 360 > 300).
* kgb12: W103 ≤error at 一、产出指标（40分） (scores 45); D103 ≤warning, row 拦沙坝汛期巡查次数
  (alt D101, D102); Y103 ≤warning at the 年度目标 naming 2024 (alt Y101).
* kgb14: D104 ≤warning, row 营造护坡林面积 (goal 2000亩, indicator ≥1600亩); F201 ≤warning, row
  护坡林造林补助标准 under 数量指标.
* kgb16: D202 ≤warning at the annual 封山育林面积; T106 ≤error at the 中期 保存率 ≥105%; T108
  ≤warning, row 病虫害发生率 with ≥3% in 年度 (alt D203).
* kgb18: B102 ≤error at the detail 合计 (90 + 50 + 20 ≠ 170); F110 ≤error at the empty name cell.

Tolerated, not required: B107 ≤warning on the cost rows of kgb06 and kgb16 (a consequence of the
copied annual area); W101 ≤error anywhere in kgb12 (indicator scores total 105, a consequence of
the W103).

Look-alikes in the correct returns: a goal total with its parts in brackets beside part
indicators (kgb01); 补助标准 × count equal to the money (kgb01, 05, 13, 15, 17) or within it
(kgb03, 07, 11); a 下降率 / 减少率 with ≥ (kgb01, 07, 09); =100% at the ceiling (kgb01, 07, 11);
0起 / 0次 on incident counts (kgb07, 09, 11, 13, 17); the same satisfaction indicator with other
values in stacked projects (kgb03); the period's count in 中期 beside a smaller year's count and
equal rates in both columns (kgb05, 15); 2028 named as the year the work prepares for (kgb05);
covers raised in 百分点 (kgb11, 13, 15); 100 points both ways, at tier and indicator level
(kgb11); a 合计 row under a flat list and a score column (kgb09, 11); fill dates in 2024
(kgb09, 13, 17); a 说明 row and a repeated header inside the table (kgb17).

Judgements: a deadline in the next year (kgb02) or the year before (kgb10) in a one-year project
is an impossibility, so Y102 is accepted as an error. A goal's count that differs from its
indicator (kgb02, 08, 14) is doubtful rather than impossible (the goal may count differently):
D104 at most a warning. The cost checks use the indicator's count; in kgb02 the goal's 1500亩 gives
375万 and exceeds the money as well. In kgb12 the near-duplicate differs by 汛期 and sits under
another tier-2; it is marked as D103 rather than a wrong tier. In kgb16 the annual ≥3% beside the
period's ≤5% is the direction conflict; D203 names the same row. kgb09's percentages are bare
numbers with % in the unit column; the typed percent cells of the set are in kgb01.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout850 import checkdams, forests, terraces
from tests.variants.holdout850.registry import HOLDOUT850
from tests.variants.kit import Variant

MODULES = (terraces, checkdams, forests)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT850, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 850th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
