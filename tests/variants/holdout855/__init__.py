"""The 855th held-out set: household registration and ID services.

Theme: 居民身份证 acceptance, production and issue (``idcard``, kgg01–kgg06); mobile
registration services: 流动办证车, 上门办证, 校园集中采集, 移动采集终端, village 代办点
(``mobile``, kgg07–kgg12); archives digitization at police stations: 派出所户籍档案数字化
and archive rooms (``archives``, kgg13–kgg18). Places, units, people, phone numbers and figures
are invented (汀苇县, 棠舟县, 澜屿市, 榆湾区). Budget year 2026 throughout.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns) and department heads
with budget and key-task rows; tiers merged down; an operator column with a unit column and
headers 指标内容 / 绩效标准 (kgg01); a flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值
with a 合计 row (kgg05); numbered tier labels 一、产出指标 / （一）数量指标 (kgg06); three and
two projects stacked in one sheet (kgg07, kgg08); tier labels with points and a 分值 column
(kgg09, kgg10); 指标性质 as direction and 指标方向 as operator in words, headers 考核指标 and
目标值（年度） (kgg11); header 预期目标 (kgg12); a budget-system export with sheets
部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the third row, codes in the first
columns (kgg13); money detail lines under the table (kgg14); a 注 row, a header repeated after
a page break, 填表说明 and signature lines (kgg17); abbreviated tier labels 产出 / 数量 (kgg18).

Planted mistakes (return: code, highest accepted severity, place):

* kgg02: B101 error at the 资金总额 cell (40 + 5 ≠ 50); D104 warning, row of
  免费换领身份证数量 (goal 12000张, indicator ≥15000张); B107 warning, row of the unit cost
  (40元/张 × 15000张 = 60万元 > 50万元).
* kgg04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  cell of 跨省通办受理窗口数量 (30 > 24); D103 warning, row of 临时身份证办理数量, alt D101,
  D102 (the 临时居民身份证办理数量 row again with a word less).
* kgg06: B102 error at 金额合计 (52 + 30 + 38 = 120 ≠ 126); Y102 error at the deadline
  2025年12月31日前, alt Y103, Y101 (last season's deadline in a 2026 return).
* kgg08: D104 warning, row of 出车次数 (goal 96次, indicator ≥120次); B101 error at the
  second project's 资金总额 (18 + 4 ≠ 24); D102 error, row of the second 上门办证服务人次
  (≥800 / ≥600), alt D103, D101; F201 tolerated at that row.
* kgg10: W103 error at 产出指标（50分） (indicators 45), alt W101; W101 tolerated at book
  level (the total 95 is the same problem); F201 warning at 上门服务对象满意度 under 社会效益指标.
* kgg12: F110 error at the empty name cell (value ≥3所); D104 warning, row of the completion
  deadline (goal 9月30日前, indicator 11月30日前).
* kgg14: Y102 error at 计划开始日期 2025-01-01, alt Y101 (a one-year 2026 project with last
  year's dates; the end date is tolerated); B107 warning, row of the unit cost (0.8元/页 ×
  200万页 = 160万元 > 130万元); B102 error at the 合计 of the detail lines (126 ≠ 130).
* kgg16: D104 warning, row of 完成数字化派出所数量 (中期目标 28个, indicator ≥24个); D202
  warning at the annual cell of 档案数字化加工页数 (copied from 中期), alt D104.
* kgg18: B101 error, row of the budget (基本支出 360 + 项目支出 150 ≠ 资金总额 520); D104
  warning, row of 完成档案数字化派出所数量 (goal 16个, indicator ≥18个); D103 warning, row of
  完成户籍档案数字化页数 under 质量, alt D102, D101 (F201 tolerated at that row).

22 of the 23 required marks compare one part of the return with another (all but F110).

Look-alikes in the correct returns: typed percents 99.5%, 0.1%, 100%, 95% (kgg01, kgg05,
kgg15, kgg17); =100% on a coverage rate (kgg01) and as text in an export (kgg13); 0起 on an
incident count (kgg01, kgg05); a 下降率 with ≥ / 大于等于 (kgg03, kgg11); rates raised in
百分点 (kgg03, kgg09); tier points and indicator points both adding to 100 (kgg09); a goal's
count with its part listed as 其中 (kgg01, kgg07) or its parts in brackets (kgg07, kgg15); a
later year the work prepares for (2029 in kgg03 and kgg15); period counts above the year's,
rates and unit costs equal in both columns (kgg03, kgg15); the same 服务对象满意度 with
different values in stacked projects (kgg07); unit cost × count within the money, equal in
kgg03 (60 × 4.5 = 270); a fill date in 2025 (kgg05, kgg17); a 合计 row in a flat list (kgg05).

Judgements: D102 in kgg08 accepted as an error (one indicator, two targets cannot both hold);
the wrong-year dates of kgg14 marked once at the start date; in kgg16 the copied annual count
also contradicts the 年度目标, so D104 is accepted there; the satisfaction rate under 社会效益
(kgg10) is a warning, not an error; D104 contradictions are warnings, as the text or the
indicator may be the one to fix; the 2029 goals (kgg03, kgg15) state a later aim, not a leftover.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout855 import archives, idcard, mobile
from tests.variants.holdout855.registry import HOLDOUT855
from tests.variants.kit import Variant

MODULES = (idcard, mobile, archives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT855, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 855th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
