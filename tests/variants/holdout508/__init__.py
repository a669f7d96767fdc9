"""The 508th held-out set: 18 invented returns of 崖松县 (an invented mountain county) on its
road-side toilets (公路沿线公厕, ``toilets``: ax01-ax06), its service stations for truck
drivers (司机之家, ``stations``: ax07-ax12) and county-wide returns covering both
(``county``: ax13-ax18). Budget year 2025, money in 万元 (unit often only in the number
format), fill dates in late 2024.

Layouts: project heads with one-year and 中期/年度 money blocks; operator and unit columns
(ax01, ax02); numbered labels with points and an indicator 分值 column (ax03); labels with
* and ★ and abbreviations (ax04); a department flat list 指标名称 · 权重 · 计量单位 · 指标性质
(operator) · 指标值 (ax05); header 预期目标 (ax06); three-year projects with 中期 and 年度
columns (ax07, ax08); operators inside values (ax09); tier-1 分值 and indicator 分值 columns
(ax10, ax11); the table on a second sheet under a two-row header 考核指标 / 目标值（年度） /
评价标准 (ax12); two projects stacked in one sheet (ax13, ax14); department heads with key
tasks and 金额合计 (ax15, ax16), a share row and a flat list in another order with 指标性质
as direction (ax16); a budget-system export on sheets 05-1 / 05-2 with codes in the first
columns, header on row 3 repeated after a page break (ax17); detail money lines under the
table (ax18).

Planted mistakes (return: code, highest accepted severity, place):

* ax02: T106 ≤error at Sheet1!E11 (typed 105% on 新建公厕验收合格率); T108 ≤warning at
  Sheet1!D14, row (≥ on 沿线随地便溺投诉发生率, a 反向 rate).
* ax04: T105 ≤error at Sheet1!D10 (无障碍厕位配置率 ≥6个); F105 ≤error at Sheet1!B14, row,
  alt F201/F104 (社会效益指标 under *产出指标).
* ax06: F109 ≤warning at Sheet1!B12, row (时效指标 left without indicator); F110 ≤error at
  the empty name cell Sheet1!C15 (value ≥15年 without a name).
* ax08: D204 ≤warning at the 年度目标 cell Sheet1!D9 (identical to the 中期目标); D202
  ≤warning at Sheet1!E11 and Sheet1!E12 (服务货车司机, 开展司机健康体检 copied from 中期).
* ax09: T108 ≤warning at Sheet1!D13, row (单个停车位改造成本 =0.8万元/个, = on a cost cap);
  T108 ≤warning at Sheet1!D14, row (停车区货车剐蹭事故发生率 ≥1%).
* ax11: W103 ≤error at Sheet1!B9 (产出 50, indicators 45) and Sheet1!B14 (效益 30, indicators
  35); T107 ≤warning at Sheet1!E16 (货车司机满意度 =95%).
* ax14: B107 ≤warning at 绩效目标表!D12, row (≤8万元/座 × 10座 = 80 > 64); B101 ≤error at
  绩效目标表!C19 (second project: 年度资金总额 40 ≠ 30 + 6).
* ax16: B111 ≤error at Sheet1!E5 (基本支出 share 60.00 % for 300 ÷ 450 = 66.67 %); B102
  ≤error at Sheet1!D10 (60 + 20 + 64 = 144 ≠ 金额合计 150); tolerated: any finding up to
  warning at Sheet1!B17 (a bare 5 工作日 on a 反向 row, T117 is fair).
* ax18: X104 ≤warning at Sheet1!F4 (计划完成日期 “46022” as text); X105 ≤warning at
  Sheet1!C5, alt X103 (“86.2 5”); X106 ≤error at Sheet1!C17, alt B108 (“42万42万”).

21 required marks on 9 returns; ax01, ax03, ax05, ax07, ax10, ax12, ax13, ax15 and ax17 are
correct.

Legitimate look-alikes in the correct returns: typed percents (ax01, ax05) and ``=`` with a
typed 100% (ax01) or ``=`` 100 in an operator column (ax17) at a rate's ceiling; 如厕排队投诉率
≤2% (反向 with ≤, ax01); 定性 in the operator column with 健全 (ax01); 安全责任事故 ≤0起, an
incident count, not a zero cost (ax05, and ax14's second project); points 100 both ways in
ax03 (labels) and ax10 (columns) with a note saying they are not added; 比上年提高≥5百分点
on a 使用率 (ax10); unit cost × count equal to the money (ax03 38 × 1.1 = 41.8 ≤ 42, ax10
3 × 12 = 36, ax13 5 × 3.6 = 18, ax15 40 × 3.15 = 126); annual counts below period counts and
equal rates, unit costs and grades in the 中期 and 年度 columns of a three-year project (ax07);
2025—2027 in a three-year project's text (ax07); the same 过往司乘人员满意度 with ≥90% and
≥85% in two stacked projects (ax13); a 注 row between tiers, a 说明 on the 金额合计 and a
signature line dated 2024 (ax15); a header repeated after a blank page-break row, a 填表说明
and an export date in 2024 (ax17).

Judgements where a reviewer could hesitate: ``=0.8万元/个`` on a cost is marked T108 (domain
§4.2 rule 7, ``=`` on a cost cap) as a warning only. In ax04 the tier-2 misplacement may be
reported at the tier-2 cell or at the indicator in the row (F201), so the mark is a row mark.
In ax11 both tier totals still give 100, so no W101 is expected. In ax16 the direction column
(正向/反向) with bare numbers is the form's way of giving operators, so no mark on the 正向
rows; the 反向 row is tolerated. ≥85% satisfaction (ax13) is inside the usual range. ax08's
司机之家年均运营成本 ≤78万元/年 in both columns is a per-year cap, not a cumulative count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout508 import county, stations, toilets
from tests.variants.holdout508.registry import HOLDOUT508
from tests.variants.kit import Variant

MODULES = (toilets, stations, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT508, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 508th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
