"""The 887th held-out set: 18 invented returns on urban public bus subsidies (城市公交运营补贴)
and new-energy bus replacement (新能源公交车更新), with a careful reviewer's marks.

Budget year 2025; invented places 澜坪市, 柘湾县, 望澄市, 栖禾区 and their transport bureaus,
bus companies and centres. Nine returns are correct, nine carry 2–3 planted mistakes (23
required marks).

Layouts: project heads with one value column (operators inside), an operator and a unit column,
指标性质 as direction plus 指标方向 as operator, 中期 and 年度 value columns (two- and
three-year projects), a tier score column beside an indicator score column, two projects
stacked in one sheet, a purchase detail block under the table, a table on a second sheet under
考核指标 / 预期实现值; department heads with budget shares and key tasks, flat lists in two
orders, a template with 预期目标, a table with 指标内容 / 绩效标准 / 权重 split by a page
break with the header repeated.

Planted mistakes (return: code, highest accepted severity, place):

* khm02: B101 error at 年度资金总额 Sheet1!C5 (880 + 60 ≠ 960); T106 error at the 覆盖率 typed
  as 105% (Sheet1!E11); T105 error (row) at 纯电动车辆占比 given as 64 辆 (Sheet1!E12).
* khm04: B101 error at the second project's 年度资金总额; T108 warning (row) at
  乘客有效投诉率 ≥1%.
* khm06: T108 warning (row) three times: 单车年均维保补助 =2.5万元/辆 (a cost cap with =),
  维保营运车辆数 ≤420辆 (a 正向 count with ≤), 车辆机械故障率 ≥3%.
* khm08: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  cells of 替换纯电动公交车 and 新建公交充电站 (copied from 中期).
* khm10: W103 error at the 产出指标 score cell (40 declared, 35 below; W101 accepted as alt);
  T105 error at 充电桩完好率 ≥118个.
* khm11: X104 warning at 计划完成日期 "46022" (a date serial as text); X106 error (alt B108) at
  充电桩 "120万120万"; X105 warning (alt X103) at 车载智能终端 "35.8 2".
* khm14: B101 error (row) at 资金总额 (700 + 1800 ≠ 2600); B111 error at the 财政拨款 share 80%
  (2400 ÷ 2600 = 92.31%); B102 error at 金额合计 1800 (960 + 620 + 180 = 1760).
* khm16: T112 error at 更新新能源公交车 ≥6万元 against unit column 辆; W101 error at book level
  (weights add to 95).
* khm17: F109 warning (row) at the empty 社会成本指标 template row; F110 error at the empty name
  cell of a 社会效益 row holding ≥15万人次.

Legitimate look-alikes in the correct returns: 营运车辆年检合格率 = 100% (operator column, typed
percent cell) and =100% texts (khm01, khm07, khm09, khm15, khm18); 行车责任事故死亡人数 ≤0人 and
行车责任事故 ≤0起 (khm01, khm05, khm15); 分担率 / 出车率 raised ≥2 / ≥5 百分点 (khm01, khm09);
公交车百公里能耗下降率 正向 ≥5% and 百公里能耗成本下降率 ≥30% (khm05, khm07); unit cost × count
equal to the money (khm03: 2 × 600 = 1200, 1 × 380 = 380; khm05: reward cap = 600; khm12:
60 × 15 = 900; khm18: 1.1 × 800 = 880) or within it (khm01 2.4 × 770 = 1848 ≤ 1850; khm07
55 × 360 ≤ 21600, 55 × 120 ≤ 7200); 乘客满意度 with different values in two stacked projects
(khm03); rates and unit costs equal in 中期 and 年度 while counts differ (khm07); tier points and
indicator points both adding to 100 (khm09); a 合计 row of weights, a note row between tier
blocks, a footnote explaining the total, 填表说明, signature and fill dates in late 2024 (khm13,
khm15, khm18); the header repeated after a page break with 产出 continued (khm18).

Judgements where a reviewer could hesitate:

* khm02: the 占比 row carries 辆 in the unit column; T105 is asked for with ``row=True`` since
  the finding may land at the value or the unit.
* khm08: the copied counts are marked with D202 only; the annual cost cap (2400) still matches
  the annual money, so no cost finding is expected.
* khm10: the indicator scores add to 95 while the tier points add to 100; the one mistake is the
  产出 tier score, so W101 is only an alternative code at that cell.
* khm14: the budget row is wrong between 资金总额 and 基本支出 + 项目支出 (财政拨款 + 其他资金 =
  2600 holds), so B101 is marked on the row of 资金总额. The other shares are right against 2600.
* khm17: the template row has no name and no value; F109 is asked for there, not T101.
* khm12 states 车辆一次验收合格率 and the 新能源车占比 as bare 100% cells (typed percent, no
  operator), read as =100%, the ceiling.
* khm13, khm18: 填报日期 in November 2024 for the 2025 budget is the normal filing time.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout887 import department, fleet, subsidy
from tests.variants.holdout887.registry import HOLDOUT887
from tests.variants.kit import Variant

MODULES = (subsidy, fleet, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT887, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 887th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
