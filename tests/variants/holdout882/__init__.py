"""The 882nd held-out set: 18 invented returns of the 农村义务教育学生营养改善计划 (primary school
student nutrition meals programme), aimed at checks across the table.

Theme, two halves: meal subsidies (营养膳食补助, 饮用奶, 营养健康监测; ``subsidy.py`` khh01-khh06)
and canteens and food safety (食堂建设, 冷链和留样设备, 食品安全检查; ``canteen.py`` khh07-khh12);
``county.py`` (khh13-khh18) mixes both in department forms, multi-year and stacked projects and a
budget-system export. Places (松岙县, 坪岩县, 檀桥县, 芦川县, 溆阳县, 雁川镇, 岙口乡), people,
phone numbers and figures are invented. Subsidy money follows 人数 × 5元 × 200天.

Layouts: project heads (one year, two and three years with 中期 and 年度 columns) and department
heads with their money blocks; tier-1 and tier-2 merged down; labels numbered with points
(khh05), abbreviated (khh06); operator column with symbols (khh01) or words (khh12); unit
columns; flat list with weights (khh09); headers 考核指标 / 绩效标准 (khh10) and 预期实现值 on a
second sheet (khh11); 资金明细 blocks (khh07, khh08); stacked projects (khh03, khh17); an export
with project codes first, the header on the third row of a second sheet (khh18); 注 / 说明 /
填表说明 rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* khh02: D104 warning at the 受益学生人数 value (row): goal 9200名, indicator ≥9800人; B107
  warning at the 补助标准 row: 5 × 200 × 9800 = 980万元 > 920万元; Y102 error (alt Y101, Y103) at
  the 拨付完成时间 value 2024年12月31日前 in a 2025 one-year project.
* khh04: Y103 warning (alt Y101) at the 中期目标 cell (到2024年底…, period 2025—2027); D201 error
  at the 年度 新增食堂供餐学校数量 ≥24所 (中期 ≥18所); D202 warning at the 年度 留样冷柜 ≥30所.
* khh06: F201 warning at the 供餐食品抽检合格率 row under 时效; D103 warning (alt D101) at the
  受益学生数 row, a duplicate of 受益学生人数; X101 error at the example row's ≥XX%.
* khh08: B101 error at 年度资金总额 520 (470 + 40 = 510); B102 error at the 资金明细 合计 520
  (420 + 60 + 20 = 500); B107 warning at the 单所食堂改造成本 row (48 × 12 = 576 > 520).
* khh10: D104 warning at the 专项检查轮次 row (≥2轮, goal 4轮); T106 error at 持证率 ≥105%.
* khh12: Y103 warning (alt Y101) at the 年度目标 cell (2024年完成…); Y102 error (alt Y101, Y103)
  at the date cell 2024-09-30 of 设备安装完成时间; T108 warning at the 投诉率 row (大于等于).
* khh14: B102 error at 金额合计 1960 (1200 + 240 + 500 = 1940); D104 warning at the
  受益学生人数 row (≥10500人, goal 1.2万名); D102 error (alt D103) at the second 全年供餐天数
  row (≥180天 under 时效, ≥200天 under 数量).
* khh16: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the 年度
  配送覆盖学校数量 ≥26所 (中期 ≥20所).
* khh17: B101 error at the second project's 年度资金总额 96 (70 + 20 = 90); D104 warning at
  its 配备留样冷柜学校数量 row (≥28所, goal 24所).

Legitimate look-alikes in the correct returns: typed percent cells (khh01, khh09, khh13, khh18),
``=100%`` as text and ``pct(1)`` at the ceiling; a 下降幅度 with ≥ in 百分点 (khh01) and
``下降≥1百分点`` (khh05); 0 incidents (khh01, khh09, khh13); tier points and indicator points both
adding to 100 (khh05); unit cost × count equal to the money (khh01, khh03, khh07, khh11, khh15,
khh17's first project, khh18); a footnote on carried-over money (khh07); a goal count with its
parts in brackets beside part indicators (khh03, khh11, khh13); a later year the work prepares
for (khh11: 2026, khh15: 2028); period counts above the year's with rates and caps equal (khh15);
the same satisfaction name with different values in stacked projects (khh03); fill dates in the
year before the budget year; a 说明 row inside and a 填表说明 row under the table (khh10).

Judgements a reviewer could hesitate on: D104 is marked at the indicator row, not at the goal
text; a deadline or date a year before a one-year project is marked Y102 up to error (a date
that cannot belong to the project) with Y101 and Y103 accepted; khh02's B107 and D104 stem from
one wrong count but are two findings a reviewer makes; khh06's 受益学生数 twice with the same
value is a near-duplicate (D103, D101 accepted), khh14's 供餐天数 with two values a conflicting
duplicate (D102 error, D103 accepted); ≥105% on a 持证率 is an impossibility (error).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout882 import canteen, county, subsidy
from tests.variants.holdout882.registry import HOLDOUT882
from tests.variants.kit import Variant

MODULES = (subsidy, canteen, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT882, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 882nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
