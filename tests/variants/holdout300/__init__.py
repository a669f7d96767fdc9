"""The 300th held-out set: 18 invented returns on drug, vaccine and cosmetics regulation
(药品监管): 药品抽检 and 疫苗流通监管 (``sampling``: sx01-sx06), 化妆品监督检查 and
医疗器械不良事件监测 (``inspection``: sx07-sx12), 药品安全宣传 and the regulators' department
returns (``publicity``: sx13-sx18). Nine are correct, nine carry 2-3 planted mistakes (22
required marks). Budget year 2025; money in 万元, mostly with the unit only in the number
format. Places (雁台市, 柘川区, 澄岭县, 枫渚县), units, people, phones and figures are invented.

Layouts
    sx01 project, OLD-NAT, 指标性质 holding the operator, unit column, percent cells.
    sx02 project, OLD-NAT, operators in words (大于等于) in a 指标方向 column, percent cells.
    sx03 / sx04 two projects stacked in one sheet, one value column (OLD-NAT / NAT-2021).
    sx05 three-year and sx06 two-year projects, NAT-2021, 中期 / 实施期 and 年度 columns.
    sx07 labels numbered with points (一、产出指标（45分）, 1.数量指标, （一）经济成本指标, ★).
    sx08 labels marked and abbreviated (*产出指标, 数量, 社会效益, 服务对象满意度).
    sx09 / sx10 a tier-1 score column and an indicator score column.
    sx11 two-row header (考核指标 / 绩效标准 over 指标内容, 比较, 目标值（年度）).
    sx12 head on the first sheet, the table on a second sheet under 预期实现值.
    sx13 / sx14 department heads with flat lists (two column orders, 指标性质 as operator in
        sx13 and as direction in sx14).
    sx15 / sx16 department heads with budget, shares (sx15) and key tasks with 金额合计.
    sx17 budget-system export: 部门项目支出预算05-1 and 部门项目支出绩效目标05-2 (header on
        row 3, project code and name in the first columns, header repeated after a page break).
    sx18 project with 预期目标 and 指标解释 columns, template rows, notes under the table.

Planted mistakes (return: code, highest accepted severity, place)
    sx02: X104 warning Sheet1!F4 (计划完成日期 typed as the text 46022); T106 error Sheet1!E11
        (抽检任务完成率 105%); T113 warning Sheet1!E13 row (检验报告出具时限 given as 100%).
    sx04: T108 warning Sheet1!D10 row (疫苗追溯信息差错率 ≥1%); B101 error Sheet1!C20 row (second
        project: 年度资金总额 52 ≠ 财政拨款 44 + 其他资金 6).
    sx05: D202 warning Sheet1!E12 and Sheet1!E13 (快检培训场次 ≥36场 and 宣传活动次数 ≥30次
        copied from the three-year column); D201 error Sheet1!E14 (风险会商 ≥15次 a year against
        ≥12次 over three years).
    sx08: T108 warning Sheet1!D9 row (现场检查家次 ≤45家次); F105 error Sheet1!B14 (社会效益
        under *产出指标).
    sx10: W103 error Sheet1!B9, alt W101 (产出指标 declared 50, its indicators 15+10+10+10 = 45);
        T105 error Sheet1!E11 (使用记录完整率 320份). A file-level W101 is tolerated, not asked for.
    sx12: F110 error 绩效指标!C5 (≥98% with no name); F109 warning 绩效指标!B7 row (时效指标 left
        from the template).
    sx14: T112 error Sheet1!B7, alt T119 (≥12场 against the unit column 人次); T108 warning
        Sheet1!B11 row (反向 差错率 ≥3%); W101 error, book level (weights add to 95).
    sx16: B101 error Sheet1!B4 row (资金总额 420 ≠ 380 + 30, while 基本 300 + 项目 120 holds);
        B102 error Sheet1!D9, alt B101 (tasks 50 + 40 + 25 = 115 against 金额合计 120).
    sx18: F110 error Sheet1!C11 (name cell holding only U+3000); F202 warning Sheet1!C13 row
        (项目预算执行率 under 成本指标); F109 warning Sheet1!B16 row (生态效益指标 left empty).

Legitimate look-alikes in the correct returns
    sx01 =100% on a 处置率 (the ceiling), a 投诉量下降率 with ≥5%, =0起 on an incident count,
        a 定性 operator with the grade 有效; 0.32 × 520 = 166.4 within 170 of 财政拨款.
    sx03 the same 检查发现问题整改率 at ≥95% and =100% in the two stacked projects (each its own
        table), =0起 twice, 其他资金 0.
    sx06 rates, unit costs and 满意度 equal in both columns; counts lower in the year; a deadline
        in 2026 only in the 实施期 column of a 2025-2026 project; a note naming both years.
    sx07 tier points in the labels adding to 100 with no indicator scores; ★ in a name.
    sx09 tier scores and indicator scores both adding to 100 (one total, two levels), a 合计 row
        of 100 | 100, a 报告率 raised ≥2百分点.
    sx11 =100% on a 移交率, bare numbers with the unit in its own column, 0.004 万元/条.
    sx13 large bare counts (30000份, 80000人次) as numbers, a 下降率 with ≥10%, a 合计 row.
    sx15 a row of shares in 0.00% (91.67 + 8.33, 68.06 + 31.94), 金额合计 equal to 项目支出
        rather than 资金总额, explained by a footnote.
    sx17 =100% typed as text, the 2025 deadline as text, a 注 row inside the table, a repeated
        header, 填表说明 and an 审核人 line dated in 2024.
    Fill and signature dates in 2024, the year before the budget (every return).

Judgements
    * sx02's T113 is a warning: a 100% deadline is meaningless rather than impossible; the
      row mark lets it land on the name or the value. The text serial is a warning (X104).
    * sx04 and sx16 B101 marks are row marks: the finding may name the total or a part.
    * sx05: 快检培训场次 and 宣传活动次数 are cumulative; 基本药物抽检批次 is not copied, so no
      cost line overflows the annual budget (0.28 × 500 = 140 ≤ 150).
    * sx08: F105 is at the tier-2 cell; the row's indicator itself is sound.
    * sx10: W103 at the declared score; W101 names the same shortfall, so it is an alt and a
      tolerated file mark, never asked for twice.
    * sx14: the weight total 95 cannot be the legitimate 90 (预算执行率 scored apart).
    * sx15: the shares row under the 资金总额 header is a share row, not a second budget.
    * sx18: F202 is a warning (double counting is a choice, not an impossibility).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout300 import inspection, publicity, sampling
from tests.variants.holdout300.registry import HOLDOUT300
from tests.variants.kit import Variant

MODULES = (sampling, inspection, publicity)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT300, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 300th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
