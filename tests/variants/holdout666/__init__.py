"""The 666th held-out set: 芸豆与绿豆杂豆种植、色选加工 (18 invented returns, gz01–gz18).

Theme: kidney-bean and mung-bean growing (良种繁育, 高产示范, 轮作, 订单种植, 推广) in
``planting.py`` (gz01–gz06), colour sorting and processing (色选机购置, 色选线改造, 加工园区,
出口色选, 分级包装) in ``sorting.py`` (gz07–gz12), and county-level returns over both halves
(department tables, stacked projects, decorated labels, points) in ``county.py`` (gz13–gz18).
Places, units, people, phone numbers and figures are invented (坪川县, 沙洼县, 枫垣县, 柘岭乡,
北漳镇).

Layouts: project heads (one value column; 中期 and 年度 columns for two- and three-year
projects; operator column with unit column; 指标性质 as direction with 指标方向 as operator;
a tier-1 score column with an indicator score column; numbered tier labels with points;
labels with * and ★ and abbreviated under a two-row header 绩效指标 / 绩效标准, 指标内容 /
预期目标值); department heads with budget and 年度主要任务 blocks; a flat list (指标名称 · 权重
· 计量单位 · 指标性质 · 指标值); two and three projects stacked in one sheet; a budget-system
export with the table on a second sheet, codes in the first two columns and the header on the
third row; a 说明 row inside a table, a header repeated after a page break, footnotes,
填表说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* gz02: D104 warning (row) at the 示范片种植面积 value (3000亩 against the goal's 5000亩);
  Y102 error at the 收获完成时间 value (2024年9月30日前 in a 2025 return; alt Y101, Y103);
  B107 warning (row) at the 物化补贴标准 (600元/亩 × 3000亩 = 180万 > 150万).
* gz03: D204 warning at the 年度目标 cell (copy of the 中期目标); D201 error at the annual
  轮作示范区面积 (8000亩 above the period's 6000亩).
* gz05: B101 error at the second project's 年度资金总额 (70 + 10 ≠ 90); D103 warning (row,
  alt D102, D101, D104) at 绿豆种子发放量 (same as 绿豆良种发放量, 5吨 / 4吨); F201 warning
  (row) at 绿豆种子发芽率 under 时效指标.
* gz08: Y101 error (row, alt Y102) at the 计划开始日期 (2024 dates in a 2025 return); F201
  warning (row) at 色选精度 under 时效指标; B107 warning (row) at 色选加工补助标准 (300元/吨 ×
  8000吨 = 240万 > 200万).
* gz10: D104 warning (row) at 绿豆色选加工量 (10000吨 against the goal's 12000吨); D103
  warning (row, alt D102, D101, D104) at 出口检验批次合格率 (≥95% beside 出口检验合格率 ≥98%).
* gz12: D104 warning (row) at 年色选加工能力 (2万吨 against the goal's 3万吨); T106 error at
  色选合格率 typed as 105%; X104 warning at 设备投运时间 ``45930`` in a text cell.
* gz14: B101 error at 资金总额 (300 + 420 ≠ 760); B102 error at 金额合计 (150 + 120 + 160 =
  430 ≠ 420); Y103 warning at the 年度总体目标 (“2024年度” left in a 2025 return).
* gz16: F110 error at the empty name cell of a row valued 2台; T108 warning (row) at the
  operator of 色选误剔率 (反向 with ≥).
* gz18: W103 error at 产出指标's score 50 (indicators 45); D103 warning (row, alt D102, D101,
  D104) at 绿豆平均亩产 ≥110公斤 (示范基地绿豆亩产 ≥120公斤 under 质量); F201 warning (row) at
  种植户满意度 under 社会效益指标; W101 error tolerated at book level (same problem).

Look-alikes in the correct returns (gz01, gz04, gz06, gz07, gz09, gz11, gz13, gz15, gz17):
typed percent cells (gz01 ``98%``/``90%``, gz07 ``99%`` with a % unit column); tier points and
indicator points both adding to 100 with a 合计 row (gz01); 提高≥5百分点 / 提高≥4百分点 /
≥3 百分点 (gz01, gz06, gz17); a goal total with its parts in brackets and the parts as
indicators (gz01 核心区, gz07 芸豆专用色选机, gz13, gz17); 下降率 with ≥ (gz04, gz07); 0起 on an
incident count (gz04); 化肥使用量增长率 ≤0% (gz13); =100% on an acceptance rate (gz07);
“为2026年…积累” in a goal (gz06, gz07); a period count beside a smaller annual one and rates
and unit costs equal in both columns (gz09); costs × counts within their money, some equal to
it (gz04 60元 × 2万亩 = 120万, gz13 70万 × 3家 = 210万, gz17 200元 × 6500亩 = 130万);
the same 服务对象满意度 with three values in three stacked projects (gz15); signatures dated the
year before (gz01, gz04, gz06, gz07, gz11, gz13); a footnote citing 2024 as a base year (gz04).

Judgements where a reviewer could hesitate:

* A deadline in the year before the budget year (gz02) is marked Y102 error: it cannot be
  met; Y101/Y103 are accepted for it. Plan dates of the previous year under a 2025 title (gz08)
  are Y101 error, marked at the start date for the row.
* A cost × count above the money is a warning (B107): other money could cover it. gz02's
  product exceeds the money with either the indicator's or the goal's area.
* Goal-against-indicator differences (D104) are warnings: the reviewer asks, as for seed 004.
* gz14's “2024年度” goal is a leftover, a warning (Y103), not an error.
* gz18's W101 (95 against 100) is the same fault as the W103 mark and is tolerated, not asked.
* gz17's 中央补助 + 地方资金 is read as the transfer split; 130 = 100 + 30.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout666 import county, planting, sorting
from tests.variants.holdout666.registry import HOLDOUT666
from tests.variants.kit import Variant

MODULES = (planting, sorting, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT666, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 666th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
