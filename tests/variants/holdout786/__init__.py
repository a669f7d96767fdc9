"""The 786th held-out set: 18 invented returns on a county library branch network (总分馆),
mobile book vans (流动图书车) and digital reading terminals in villages (村级数字阅读终端), with
a careful reviewer's marks. Its aim is checks across the table: goal text against indicators,
years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost × count against money,
parts against totals, leftovers. Invented places: 砚湖县, 松陂县, 鹤塘, 柳渡, 石门坎.

Layouts: project heads (one-year and multi-year with 中期 / 年度 columns), department heads
with budget and task blocks, numbered / pointed / abbreviated tier labels, headers 绩效目标值,
指标内容 / 绩效标准, 目标值（年度）, 预期实现值, operator and unit columns, flat lists, two
stacked projects, a budget-system export (sheets 05-1 / 05-2, codes in the first column, header
on the third row), a header repeated after a page break, 注 / 说明 / 填表说明 rows, signature
lines, tier-1 and indicator score columns.

Planted mistakes (return: code, highest accepted severity, place):

* kdp02-branch-goal-count: D104 warning, row of 新建乡镇分馆数量 (goal 6, indicator ≥5); Y102
  error at 分馆建成开放时间 (2026 in a one-year 2025 project); B107 warning, row of 单个分馆建设
  补助标准 (40 × 5 = 200 > 160).
* kdp04-library-department-sums: B101 error, row of the budget (520 + 330 ≠ 860); B102 error at
  金额合计 (60 + 150 + 90 = 300 ≠ 330), alt B101; D103 warning, row of 总分馆通借通还图书册次,
  alt D101, D102.
* kdp05-branch-last-year: Y101 error, row of the plan dates (2024 under a 2025 title), alt
  Y102; X101 error, row of the template's example row (示例：XX乡镇分馆读书会 ≥XX场次).
* kdp08-van-period-copied: D204 warning at 年度目标 (copied from 中期目标); D201 error at the
  annual 下乡服务场次 (800 > 600); D202 warning at the annual 流动借阅册次 (copied).
* kdp10-van-flat-defects: D103 warning, row of 图书车下乡服务场次数 (260 against 300), alt
  D102, D101; T108 warning, row of 单车年运行费用 (大于等于 on a cost); W101 error, book level
  (weights 90 under 权重（100分）).
* kdp11-van-stacked: B107 warning, row of 图书车购置单价 (60 × 2 = 120 > 100); B101 error, row of
  the second project's 年度资金总额 (30 + 10 ≠ 45); F201 warning, row of 村民读者满意度 under
  社会效益指标.
* kdp14-terminal-goal-villages: D104 warning, row of 配置终端的行政村 (goal 120, indicator ≥100);
  F201 warning, row of 终端验收合格率 under 时效指标; B107 warning, row of 终端单台采购价格
  (1.5 × 120 = 180 > 150).
* kdp16-terminal-upkeep-years: Y103 warning at the 年度绩效目标 (2023年底前 in a 2025 project);
  T105 error at 终端在线率 (86个); Y102 error at 年度巡检完成时间 (2026年3月31日前).
* kdp18-terminal-points-wrong: W103 error at the 产出指标 score (50 declared, 45 below); D103
  warning, row of 终端在线率 under 可持续影响, alt D101; W101 error tolerated at book level
  (the same gap makes the indicator scores 95).

Legitimate look-alikes in the correct returns: kdp01 goal 建成12个 with its parts (新建4个、
提升改造8个) as two indicators, typed percents without operator, =100% on a 联通率, two cost
standards together within the money; kdp03 a total 流通人次 and its part (其中：乡镇分馆), a 注
row inside the table, 读者投诉量下降率 ≥10%, a fill date in 2024; kdp06 the same 服务对象满意度
with ≥90% and ≥95% in two stacked projects; kdp07 period counts above the year's, rates, unit
costs and the van stock (3辆) equal in both columns, 为2028年…积累经验 after a 2025–2027 period;
kdp09 a flat list with a 下降率 大于等于 10, 行车安全责任事故 小于等于 0 起, a 合计 row of weights,
a 2024 baseline in the 注; kdp12 a share raised by ≥3 百分点, 12万元 × 3辆 equal to the 36万元;
kdp13 0 起 on security incidents, =100% on a 合格率, a date cell as deadline; kdp15 a 2026
deadline in the 中期 column of a 2025–2026 project, a repeated header row, a 2024 signature
date; kdp17 tier points and indicator points both adding to 100, ≥2百分点 on a rate, 0.3万元 ×
100台 equal to the 30万元.

Judgements: a deadline in the year after a one-year project is marked as Y102 error (the
catalogue's severity: the date lies outside the project period). Near-duplicates with another
value (kdp10) are marked D103 at warning, with D102 and D101 accepted. The stock of vans (3辆)
equal in 中期 and 年度 is not a copied cumulative count. In kdp02 the goal's 6 branches against
≥5 is one mark (D104); the cost row is marked once (B107) whichever count is used. kdp04's two
money faults sit in two blocks and are marked separately. kdp18's W101 is tolerated, not
required, since it is the same gap as the W103.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout786 import branches, terminals, vans
from tests.variants.holdout786.registry import HOLDOUT786
from tests.variants.kit import Variant

MODULES = (branches, vans, terminals)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT786, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 786th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
