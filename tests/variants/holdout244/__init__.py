"""244th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
workbooks laid out unusually: a cover sheet and an instructions sheet before the table, the
indicator table on the third sheet or under a long money block with 测算依据, headers over two
rows, headers named 评价标准, 目标值（年度）, 绩效目标值 or 预期目标, a 汇总 sheet of several units'
projects, several projects stacked with their own header blocks, footnotes and 填表说明 inside
the table (variant items 2, 4, 7). 9 of the 18 returns are correct; the other 9 carry 2–3
planted mistakes a careful reviewer marks (21 in all):

* a table titled 2025年度 behind a cover, dates and goal of 2026 (qt02, Y101 error at the title
  row; Y102 tolerated at the plan dates);
* a typed 105% (stored 1.05, shown 105%) on a 完好率 (qt02, T106 error);
* money-block lines adding to 186 under a 合计 of 180 (qt04, B102 error, B101 accepted);
  a 汇总 sheet whose 合计 235 is not 130 + 95 (qt18, B102 error, B101 accepted);
* a per-head cost cap ≤800元/人 × 3000人 = 240万 beyond the 180万 of the project (qt04,
  B107 warning);
* 年度资金总额 560 above 中期资金总额 500 (qt06, B103 error);
* an annual length ≥95公里 above the period's ≥80公里 (qt06, D201 error);
* a 隐患发生率 ≤3% in the period turned ≥3% in the year (qt06, T108 warning, D203 accepted);
* 经济效益指标 under 产出指标 (qt08, F105 error);
* a 结业率 given as ≥700人 (qt08, T105 error);
* a placeholder ≥XX left in a value (qt10, X101 error);
* a value ≥3000万元 beside the unit column 户 (qt10, T112 error);
* points adding to 95 under a 合计 row that says 100 (qt12, W101 error, file level);
* an indicator repeated with the same value (qt12, D101 warning);
* a 满意度 of ≥60% in the first of two stacked projects (qt14, T114 warning);
* in the second: 年度资金总额 210 ≠ 180 + 20 (qt14, B101 error) and a 计划完成日期 before the
  计划开始日期 (qt14, Y104 error);
* an amount pasted twice, 85万85万（含检测设备40万元）, in the second of three stacked projects
  (qt16, X106 error, B108 accepted);
* a deadline indicator given as a typed 100% (qt16, T113 warning);
* a head count given as ≥100% (qt18, T120 warning, T106 accepted);
* 项目预算执行率 listed as a 时效 indicator (qt18, F202 warning).

Legitimate look-alikes sit in the 9 correct returns (qt01, qt03, qt05, qt07, qt09, qt11, qt13,
qt15, qt17): cover sheets and instruction sheets whose text names 三级指标 and 指标值 or gives
example values, a 报送日期 and a 填报日期 in the year before the budget year, a 测算依据 citing
last year's spending (tolerated as a warning), long money blocks whose lines add up with unit
cost × count matching each line, headers over two rows (指标值 over 中期 │ 年度, 绩效指标 and
绩效目标值 over operator │ value │ unit columns, 预期目标 over 中期目标 │ 年度目标), values under
评价标准 with 注 and 说明 rows between the tier blocks and a 填表说明 row closing a table, a
sheet named 汇总 holding three units' projects stacked with the same 服务对象满意度 name in each,
a 汇总 sheet listing two projects whose 合计 adds up before their own sheets, a one-year project
stacked under a two-year one whose 中期 and 年度 columns and money are equal by right, rates and
unit costs and a ≥3年 service period equal in both columns of a multi-year project, typed
percentages (pct(0.95), pct(0.98), pct(0.99), pct(0.35), pct(1)) beside a % unit column or
alone at the 100% ceiling, 下降率 with ≥, 0起 with =, operators in words (大于等于), money with
the unit in the number format throughout. Every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout244 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout244 import sheets, stacked, wording
from tests.variants.holdout244.registry import HOLDOUT244
from tests.variants.kit import Variant

MODULES = (sheets, wording, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT244, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 244th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
