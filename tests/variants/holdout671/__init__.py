"""The 671st held-out set: 18 invented returns on 普洱 and 白茶 tea gardens, an
initial-processing workshop (初制所) and a tea-brand promotion, with a careful reviewer's marks.
Budget year 2026 throughout; invented units in 翠岗县 (普洱) and 霁川县 (白茶).

Layouts: project heads (one-year and multi-year with 中期 and 年度 money and value columns),
department heads with budget and key-task blocks, two projects stacked in one sheet, flat lists
(指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), a budget-system export (05-1 money sheet and
05-2 indicator sheet with project codes in the first columns, header on the third row), tier
labels numbered with points (一、产出指标（40分）, （一）数量指标), marked with ★/* or abbreviated
(数量, 经济效益), tier points beside indicator points, operators in their own column (symbols or
words), unit columns, header words 指标内容 / 绩效标准 / 考核指标 / 目标值（年度） / 绩效目标值, a
说明 row inside the table, a header repeated after a page break, 注 / 填表说明 rows, signature and
date lines.

Planted mistakes (return: code, highest accepted severity, place):

* he02-puer-garden-goal-mismatch: D104 warning (row, 茶园提质改造面积 ≥1200亩 against the goal's
  1500亩); B107 warning (row, 2000元/亩 × 1200亩 = 240万元 > 180万元); T108 warning (row,
  茶园病虫害发生率 ≥5%).
* he04-puer-ancient-trees-period: Y103 warning at the 年度目标 cell (2025年 in a 2026–2028
  project; alt Y101, D104); D201 error at the annual 古茶树挂牌保护株数 (1500 > 1200); D202
  warning at the annual 培训人次 (900 both columns).
* he06-garden-stacked-wrong: B101 error at the second project's 年度资金总额 (150 ≠ 120 + 20);
  D103 warning (row, 有机肥替代化肥推广面积 repeats 有机肥替代化肥面积; alt D101).
* he08-workshop-department-wrong: B101 error at 资金总额 (150 + 230 ≠ 400); B102 error at the
  金额合计 (100 + 50 + 60 ≠ 230); F201 warning (row, 杀青工序温度达标率 under 时效指标).
* he10-workshop-flat-wrong: W101 error, book level (weights 95); D102 error (row, 鲜叶收购量 800
  and 600; alt D101, D103); D104 warning (row, 干毛茶加工量 ≥160 against the goal's 200吨).
* he12-workshop-renovation-wrong: Y102 error (row, 完工日期 2027-03-31 in a one-year 2026
  project); F201 warning (row, 萎凋设备购置台数 under 质量指标).
* he14-baicha-points-wrong: W103 error at the 产出指标 score cell (15 + 10 + 10 ≠ 40; W101 at book
  level tolerated); D104 warning (row, ≥6场 against the goal's 8场); F201 warning (row,
  经销商满意度 under 社会效益指标).
* he16-baicha-expo-wrong: T108 warning (row, 单场展位搭建费用 with 大于等于); Y103 warning at the
  name 2024年度茶博会参展场次 (alt Y101); B107 warning (row, 0.8万元/条 × 30条 = 24 > 20万元).
* he18-baicha-two-years-wrong: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error
  at the annual 新发展经销网点 (50 > 40); D202 warning at the annual 推介活动场次 (12 both).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (he01, he06's first project), a
goal count with its part in brackets and both as indicators (he01 古树茶园 300 of 1200亩, he09
古树鲜叶 120 of 800吨), a cost standard × count within or equal to its money (he01 180 ≤ 200,
he05 20 × 6 = 120, he07 30 × 4 = 120 = the task money, he17 25 × 10 = 250 ≤ 300), a later
year inside the period or beyond it that the work prepares for (he03 2028年 in a 2026–2028
project, he17 为2028年申报地理标志), period counts above the year's with equal rates and cost
caps in both columns (he03, he17), 化肥使用量增长率 ≤0% (he03), the same 茶农满意度 with
different values in two stacked projects (he05), =0次 on an incident count and =100% on a rate
(he05, he15), a 金额合计 equal to 项目支出 explained by a 注 row (he07), a 合计 row of weights in a
flat list (he09), tier points and indicator points both adding to 100 (he13), a 知名度 raised
by ≥5百分点 (he13), a fill date in the year before the budget year (all signature lines),
typed percent cells (he01, he09, he11, he15, he17).

Judgements: a near-duplicate name with the same value (he06) is a warning, not an error; the
same name with two values in one flat list (he10) is a conflicting duplicate, an error; a goal
figure above the indicator's (he02, he10, he14) is doubtful (the indicator may be a floor), so a
warning; a past year left in a goal or an indicator name (he04, he16) is a warning; the
W101 that the W103 gap causes in he14 is tolerated, not required.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout671 import gardens, promotion, workshop
from tests.variants.holdout671.registry import HOLDOUT671
from tests.variants.kit import Variant

MODULES = (gardens, workshop, promotion)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT671, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 671st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
