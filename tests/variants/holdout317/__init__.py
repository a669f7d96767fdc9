"""The 317th held-out set: 18 invented returns on blood donation and blood supply (无偿献血招募,
血站采供血, 血液质量检测, 临床用血保障, 献血者关爱), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2026; invented places 枫渡市, 砚港县, 澄岭区, 鹭汀县.

Modules: ``donation`` (to01–to06: recruitment, group and mobile collection, donor care),
``supply`` (to07–to12: testing, platelets, cold chain, screening, components, traceability),
``clinical`` (to13–to18: hospital transfusion, the station's department table, a budget-system
export, a donation site, a county blood bank, emergency supply). 9 correct returns, 9 with
planted mistakes, 24 required marks.

Layouts
-------
* to01 project, OLD-NAT, 指标性质 as operator column, unit column, typed percents (correct).
* to02 two projects stacked in one sheet, one value column (correct).
* to03 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, 合计 row (correct).
* to04 project, operator and unit columns, typed percents.
* to05 two projects stacked, one value column.
* to06 department, flat list 指标名称 · 指标值 · 计量单位 · 指标性质 · 权重（100分）.
* to07 project, instruction row inside the table, 注 / 填表说明 / signature lines (correct).
* to08 project, NAT-2021, labels 一、产出指标（40分） / （一）数量指标, a 分值 column (correct).
* to09 three-year project, 中期指标值 and 年度指标值 columns (correct).
* to10 project, NAT-2021, header 预期目标.
* to11 three-year project, 中期 and 年度 columns.
* to12 project, NAT-2021, abbreviated labels (产出, 数量), 一级分值 and 分值 columns.
* to13 head on 项目信息, indicators on 绩效指标 under 考核指标 · 目标值（年度） · 评价标准
  (correct).
* to14 department, NAT-2021, budget, three tasks and 金额合计 (correct).
* to15 budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header
  on the third row, code and project name first, tiers repeated, unit and direction columns,
  header repeated after a page break (correct).
* to16 project with money detail lines under the table.
* to17 department, NAT-2021, budget and tasks.
* to18 one-year project, one value column.

Planted mistakes (return, code, highest accepted severity, place)
-----------------------------------------------------------------
* to04: T106 error Sheet1!E11 (回访覆盖率 ≥110%); T108 warning Sheet1!D12, row
  (不良反应发生率 with ≥).
* to05: T105 error Sheet1!D11 (参与率 ≥120家); B101 error Sheet1!C20 (second project 资金总额 75
  ≠ 60 + 10); T107 warning Sheet1!D29 (满意度 =95%).
* to06: T112 error Sheet1!B8 (value 40人次 against unit column 场); T108 warning Sheet1!D10, row
  (投诉率 with ≥); W101 error, book level (weights 90 under a header of 100 分).
* to10: F110 error Sheet1!C12 (时效 value ≤15分钟 with an empty name); F109 warning Sheet1!B14,
  row (生态效益指标 left from the template).
* to11: D202 warning Sheet1!E11 and Sheet1!E12 (设备台数, 培训人次 copied from 中期); D201 error
  Sheet1!E13 (病毒灭活血浆 48000袋 in the year against 36000袋 for three years).
* to12: W103 error Sheet1!B10 (产出 40, indicators 35); W103 error Sheet1!B14 (效益 30,
  indicators 35); F105 error Sheet1!C15 (时效 under 效益).
* to16: X104 warning Sheet1!D4 (计划开始日期 as the text 46023); X105 warning Sheet1!C5, alt
  X103 (资金总额 "128.4 5"); X106 error Sheet1!B18, alt B108 (60万60万).
* to17: B101 error Sheet1!B4, row (基本 520 + 项目 320 ≠ 860); B102 error Sheet1!D9, row
  (tasks 95 + 140 + 90 = 325 ≠ 金额合计 320).
* to18: T105 error Sheet1!D10 (合格率 ≥2600份); T113 warning Sheet1!D11 (响应时间 typed 100%);
  Y102 error Sheet1!D12, alt Y103 (盘点 2027年3月31日前 in a 2026 one-year project).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percents (to01, to03), =100% on 完成率 / 合格率 / 覆盖率 at the ceiling (to01, to02,
  to07, to15 as ``=100`` with % in the unit column), bare numbers with % in a unit column (to15).
* 反向 rates and times with ≤ (发生率, 投诉率, 差错率, 损耗率, 报废率, 时限); a 下降率 with ≥
  (to13); 0起 on an incident count (to07).
* 献血者满意度 with different values in the two stacked projects of to02 (not a duplicate).
* Tier points in the labels and indicator points both adding to 100, with a 合计 row (to08);
  ``≥2百分点`` on a 占比提升幅度 (to08).
* Multi-year to09: counts smaller in the year, rates, unit costs and 使用年限 equal in both
  columns, a 2028 deadline in the 中期 column.
* A footnote explaining the 520 万元 total (to07); fill and signature dates in 2025 (every
  return with a signature line); instruction, 注, 填表说明, 说明, 合计 and repeated header rows.
* Money adds up everywhere, and unit cost × count stays within the money: 42000 × 30元 = 126万
  ≤ 180 (to01); 280天 × 3000元 = 84万 ≤ 95 (to02); 96000 × 45元 = 432万 ≤ 520 (to07);
  3000 × 1100元 = 330万 ≤ 400 (to08); 12 × 55万 = 660 ≤ 900 and 4 × 55 = 220 ≤ 300 (to09);
  52000 × 200元 = 1040万 ≤ 1280 项目支出 (to14); 1200 × 150元 = 18万 ≤ 210 (to15).

Judgements
----------
* to17: which of 基本支出 / 项目支出 / 资金总额 is wrong cannot be told, so B101 is a row mark on
  the budget row (财政拨款 + 其他资金 = 860 holds); B102 likewise on the 金额合计 row.
* to18: a deadline outside the one-year project period is marked Y102 up to error (the date
  cannot lie in the project), Y103 accepted.
* to11: 新增设备台数 and 培训人次 are cumulative counts, so the copies are D202 warnings; the
  48000 > 36000 blood plasma count is an impossibility (D201 error). The cost row (28元/袋) stays
  within both budgets even at the wrong annual count.
* to12: the tier scores add up to 100 and the indicator scores too, so only W103 (not W101).
* to06: the header says 权重（100分）, so a total of 90 is not the "90 without 预算执行率" case.
* to16: "128.4 5" is read as 128.45, which matches 110.45 + 18 and the detail lines; 60万60万
  read as 60 makes the lines add up.
* to10: the empty 生态效益指标 row is a template leftover (F109 warning), not a missing tier.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout317 import clinical, donation, supply
from tests.variants.holdout317.registry import HOLDOUT317
from tests.variants.kit import Variant

MODULES = (donation, supply, clinical)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT317, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 317th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
