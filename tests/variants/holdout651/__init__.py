"""The 651st held-out set: 18 invented returns on 当归初加工与熏蒸整治、药材市场质量抽检, with a
careful reviewer's marks (domain.md), to measure ``goalbook check`` out of sample. The set's aim
is checks across the table: most planted mistakes show only when one part of a return is read
against another (goal text against indicators, years and dates, 中期 against 年度, duplicates,
tier-2 placement, unit cost × count against the money, parts against totals). Budget year 2025
throughout; every place, unit, person, phone number and figure is invented.

Layouts (``processing``: gk01–gk06, 当归初加工; ``inspection``: gk07–gk12, 市场抽检;
``fumigation``: gk13–gk18, 熏蒸整治):

* gk01 project, NAT-2021, operator and unit columns, typed percents (correct);
* gk02 three-year project, 中期 and 年度 columns;
* gk03 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (correct);
* gk04 department with tasks, a 注 row inside the table, 填表说明/说明 and a signature below;
* gk05 two projects stacked in one sheet, OLD-NAT (correct);
* gk06 budget-system export: head on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2
  with codes in the first column, header 预期目标 on the third row;
* gk07 project, tier-1 and indicator score columns (correct);
* gk08 project, one value column;
* gk09 two projects stacked, OLD-NAT;
* gk10 department, numbered labels with points, header 指标值 + 计量单位 (correct);
* gk11 two-year project, two-row header 指标值 → 中期 / 年度, unit column (correct);
* gk12 project, OLD-NAT abbreviated labels with ★, header 绩效目标值;
* gk13 project, 指标性质 as direction, 指标方向 as operator, unit column (correct);
* gk14 project with money in 元;
* gk15 department, weight column, header repeated after a page break, subtotals (correct);
* gk16 three-year project, 中期 and 年度 columns;
* gk17 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重 (correct);
* gk18 project, tier-1 and indicator score columns.

Planted mistakes (code, highest accepted severity, place):

* gk02: D104 warning, row of 切片车间建成数量 (年度 ≥2个, the 年度目标 says 3, and 40万元/个 × 3 is
  the 120万元); D201 error at the 年度 cell of 带动初加工户数 (1200 above the period's 900; D104
  accepted, the goal says 300).
* gk04: B102 error at the 金额合计 cell (45 + 60 + 40 = 145, not 150); D104 warning, row of
  初加工技术培训人次 (≥500 against the task's 600); D101 warning, row of the second
  初加工场所卫生整治户数 under 质量指标 (D102, D103, F201 accepted).
* gk06: Y102 error, row of 设备安装完成时间 (2024年10月31日前 in a 2025 project whose goal says
  2025年10月底前; Y103, Y101, D104 accepted); F201 warning, row of 初加工当归含水量合格率
  under 时效指标.
* gk08: B107 warning, row of 单批次检验费用 (900元 × 500 or 600 批次 exceeds 40万元); D104 warning,
  row of 抽检批次 (≥500 against the goal's 600); T108 warning, row of 二氧化硫残留量超标率 ≥5%.
* gk09: B101 error at the second project's 年度资金总额 (28 + 5 = 33, not 35); Y104 error at its
  计划完成日期 2024-12-31 (Y102, Y101 accepted).
* gk12: F110 error at the empty name cell of the ≥95% row; D102 error, row of 当归专项抽检批次
  repeated under 社会效益 with ≥500 (D101, D103, F201 accepted); F201 warning, row of
  市场经营户满意度 under 社会效益.
* gk14: X103 warning at the text total ``1,250,000`` (B108 accepted); Y103 warning at the goal
  cell (2024年底前 left over in a 2025 goal; Y101, Y102 accepted); D104 warning, row of
  熏蒸窑拆除封停数量 (≥150 against the goal's 120).
* gk16: B103 error at 年度资金总额 480 above 中期 450 (the 年度 财政拨款 430 above 400 is
  tolerated up to error); D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at
  the 年度 cell of 熏蒸窑烘干替代数量 (≥300座 copied from the period).
* gk18: W103 error at the 产出 score cell (50 declared, 20 + 15 + 10 = 45; W101 accepted); F201
  warning, row of 熏蒸窑拆除数量 under 质量指标; Y102 error, row of 验收报告报送时间
  2026年6月30日前 in a one-year 2025 project (Y103, D104 accepted).

24 required marks on 9 returns, 19 of them across the table (D104 ×5, D201, D202, D204, D101,
D102, F201 ×3, B101, B102, B103, B107, Y102 ×2, Y103, Y104).

Legitimate look-alikes in the correct returns: gk01 a goal count with its parts in brackets
(40台，其中新购28台) and both as indicators, 1.5万元 × 40台 = 60 within 80, ``=100%`` on an
acceptance rate, a 下降率 with ≥, typed percents (``pct``); gk03 weights adding to 100, a
下降率 with ≥, a goal part (合作社骨干200人次) beside the total; gk05 the same 初加工户满意度 with
90% and 92% in two stacked projects, a footnote explaining the 60万元 total, 5 × 10 = 50 and
300元 × 800 = 24万元 within their money; gk07 tier points and indicator points both 100,
``≥3百分点``, ``0起``, 0.08 × 500 = 40 within 48; gk10 a goal total with parts in brackets
(1500 = 1200 + 300), 金额合计 = 项目支出, 0.12 × 1200 = 144 within 150; gk11 period counts above
the year's, rates equal in both columns, 为2027年推广积累经验 after a 2025–2026 period, 20 × 4 =
80 within 90 and 20 × 2 = 40 within 50; gk13 a 下降率 with ≥ 正向, 超标率 反向 with ≤, ``≤0起`` on
accidents, 1.2 × 80 = 96 equal to the money; gk15 subtotal and total rows in the weight column,
a repeated header, 0.2 × 800 = 160 equal to its task; gk17 bare values with operators and a %
unit column. Fill dates fall in 2024 (the year before the budget year).

Judgements: the gk02 year count (≥2 against the goal's 3) is a warning, not an error, since the
goal could be revised instead; D102 in gk12 is an error because one indicator cannot have two
targets; a deadline in another year (gk06, gk18) is an error as domain.md §4.2 rule 8 requires
dates in the budget year or project period, with Y103 accepted; B107 in gk08 stays a warning
(catalogue severity); gk14's text total is read as 1 250 000 and then adds up, so no B101.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout651 import fumigation, inspection, processing
from tests.variants.holdout651.registry import HOLDOUT651
from tests.variants.kit import Variant

MODULES = (processing, inspection, fumigation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT651, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 651st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
