"""The 308th held-out set: 18 invented returns on port-of-entry and border trade services
(口岸通关便利化, 查验设施建设, 边民互市贸易, 口岸联检, 国际物流通道), with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Everything is invented (赭川县, 柘岭市,
松沅口岸, 砚峰口岸, 苇塘口岸, 墨岗镇; units, people, phone numbers, figures). Budget year 2025
throughout; tf07 and tf10 run 2025–2027.

Modules: ``clearance`` (tf01–tf06, 通关便利化 and 联检), ``facilities`` (tf07–tf12, 查验设施),
``trade`` (tf13–tf18, 边民互市 and 国际物流通道); ``common`` holds the shared helpers.

Layouts:

* tf01 project, NAT-2021, headers 指标内容 / 绩效标准, 指标性质 as operator, unit column,
  typed percent cells, 万元 only in the number format (correct).
* tf02 project, OLD-NAT, 指标值 and 指标值设定依据 columns, an instruction row under the header,
  a 注 row between tiers, footnotes explaining the total, 填表说明, signature lines and a fill
  date in 2024 (correct).
* tf03 project, NAT-2021, labels 一、产出指标（40分） / 1.数量指标, an indicator 分值 column,
  a 合计 row of 100 (correct).
* tf04 project, OLD-NAT, 指标性质 as direction (正向/反向/定性), 指标方向 as operator in words,
  bare numbers with a unit column.
* tf05 project, NAT-2021, header 预期目标, template rows left empty.
* tf06 project, OLD-NAT, one value column, a 资金明细 block under the table.
* tf07 three-year project, NAT-2021, two-row header (指标值 over 中期 / 年度) (correct).
* tf08 budget-system export: head on 部门项目支出预算05-1, table on 部门项目支出绩效目标05-2
  with the header on row 3, unit and project codes in the first two columns, headers 考核指标 /
  预期实现值, unit column, the header repeated after a page break (correct).
* tf09 two projects stacked in one sheet, OLD-NAT, one value column (correct).
* tf10 three-year project, NAT-2021, 中期指标值 and 年度指标值 columns.
* tf11 project, NAT-2021, labels 一、产出指标（40分） / （一）数量指标, an indicator 分值 column.
* tf12 project, OLD-NAT, operator and unit columns, typed percent cells.
* tf13 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, a 合计
  row of 100 (correct).
* tf14 department, NAT-2021, budget with a share row, tasks adding to 金额合计, signature lines
  (correct).
* tf15 project, NAT-2021, a tier-1 分值 column and an indicator 分值 column, a 合计 row giving
  100 in both (correct).
* tf16 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* tf17 two projects stacked in one sheet, OLD-NAT, one value column.
* tf18 department, NAT-2021, budget and key tasks.

Planted mistakes (code, highest accepted severity, place), 24 required marks:

* tf04: T108 ≤warning at Sheet1!E11, row (预约查验差错率, 反向, 大于等于); T106 ≤error at
  Sheet1!F12, row (一次审核通过率 大于等于 105 %); T108 ≤warning at Sheet1!E14, row (a cost
  cap 补助标准 with 等于).
* tf05: X101 ≤error at Sheet1!D10, alt T101 (``≥XX万条``); F109 ≤warning at Sheet1!B15, row
  (生态效益指标 left from the template); F110 ≤error at Sheet1!C18 (a ``≥85%`` without a name).
* tf06: X104 ≤warning at Sheet1!F4 (计划完成日期 ``46022`` as text, i.e. 2025-12-31); X105
  ≤warning at Sheet1!C5, alt X103 (``93.625 0``); X106 ≤error at Sheet1!D19, alt B108
  (``48万48万（含夜间值守）``).
* tf10: D202 ≤warning at Sheet1!E11 and Sheet1!E12, row (annual 16000平方米 and 3座 copied
  from the period column); D201 ≤error at Sheet1!E13, row (闸道 ≥14条 a year against ≥10条
  in three years).
* tf11: W103 ≤error at Sheet1!A12 (二、成本指标（20分） over indicator points 8 + 7); F105
  ≤error at Sheet1!B15 (（二）时效指标 under 三、效益指标); W101 ≤error at book level,
  tolerated (the indicator points then add to 95).
* tf12: B105 ≤error at Sheet1!E6 (其他资金 ``300,000.00元`` in the 万元 block); T106 ≤error at
  Sheet1!E11, row (typed 102 % on a 合格率); T113 ≤warning at Sheet1!E12, row (完工时间 typed
  100 %); B101 ≤error at book level, tolerated (the 元 cell read as 300000).
* tf16: W101 ≤error at book level (weights add to 95); T112 ≤error at Sheet1!B13 (``≥2600万元``
  against the unit 人); T108 ≤warning at Sheet1!B14, row (差错率 ``≥0.5%``, 反向).
* tf17: B101 ≤error at 绩效目标表!C19 (second project: 210 ≠ 170 + 30); T105 ≤error at
  绩效目标表!D24 (分拨完成率 ``12万件``).
* tf18: B101 ≤error at Sheet1!B4, row (资金总额 1240 ≠ 基本 380 + 项目 880); B102 ≤error at
  Sheet1!D9, alt B101 (金额合计 860, tasks add to 880).

Legitimate look-alikes in the correct returns: ``=100%`` (typed or text) on 合格率 (tf01, tf07,
tf08); 进出口整体通关时间压缩率 ≥20 % (tf01) and 单票通关费用下降率 ≥10 % / 综合成本下降率 ≥8 %
(tf03, tf14): a fall or compression is the goal, so ≥ is right; 差错率 ≤0.5 (tf13); 查验作业
安全生产事故 ``0起`` (tf09); ``提高≥5百分点`` on a share (tf15); a typed 95 % without operator on
a 匹配率 (tf15); 100 both ways when tier and indicator points are both given (tf03 labels,
tf15 columns); the same name 查验设备完好率 with ≥95 % and ≥98 % in two stacked projects (tf09);
rates and unit costs equal in 中期 and 年度 while counts are split (tf07); a footnote computing
the total and the 运维 cost (tf02); fill dates in 2024 (tf02, tf14); codes, a unit line, a
repeated header and 合计 rows that are not indicators (tf02, tf03, tf08, tf13, tf15); a share
row of rounded percentages under the budget (tf14); unit costs × counts within the money in
every return (e.g. tf07 12 × 68 + 36000 × 120元 = 1248 ≤ 1260 and 4 × 68 + 12000 × 120元 =
416 ≤ 420).

Judgements where a reviewer could hesitate:

* tf04 105 with 大于等于 on a 通过率 is an impossibility (error); the 等于 on a cost cap and the
  大于等于 on a 差错率 are doubtful (warning), as in the main corpus.
* tf05 the placeholder is an error (the value is missing), T101 accepted for it; the template
  tier-2 row is a warning only.
* tf06 the serial in a text cell is read as 2025-12-31 and then lies in the year, so only X104;
  the split total read as 93.625 and the pasted amount read as 48 make the money add up.
* tf10 D202 is marked at each copied annual cell, D201 at the annual cell above its period.
* tf11 the 成本 label declares 20 points, its indicators 15: W103 at the label; the W101 that
  follows (95 in all) is tolerated, not asked for.
* tf16 a flat list has no tiers, so only values, units, directions and weights are checked.
* tf18 which of 基本支出 / 项目支出 / 资金总额 is wrong cannot be told, so B101 is a row mark.
* tf15 a typed 95 % without operator is accepted (at most an info finding).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout308 import clearance, facilities, trade
from tests.variants.holdout308.registry import HOLDOUT308
from tests.variants.kit import Variant

MODULES = (clearance, facilities, trade)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT308, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 308th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
