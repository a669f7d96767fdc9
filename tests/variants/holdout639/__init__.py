"""The 639th held-out set: 肉兔与獭兔养殖、兔皮加工合作社 (meat- and rex-rabbit farming,
rabbit-pelt processing cooperatives), 18 invented returns, 9 correct, aimed at checks across the
table (goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong
tier-2s, unit cost × count against the money, parts against totals).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget and key tasks; an operator column with a unit column; two stacked
projects in one sheet (fy03, fy04); 中期 and 年度 columns (fy05, fy06); a department table with
a leading 年度绩效指标 column (fy07, fy08); numbered labels with points and a score column (fy09),
marked and abbreviated labels (fy10); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值
(fy11, fy12); headers 指标内容 / 绩效标准 (fy13), 考核指标 / 目标值（年度） (fy14), 预期实现值 on a
second sheet of a budget-system export with codes in the first column (fy15), 预期目标 (fy18);
notes, 填表说明, signature and date lines, subtotal rows and a header repeated after a page
break (fy13, fy14, fy17); detail lines under the table (fy15, fy16).

Planted mistakes (return: code, highest accepted severity, place):

* fy02: B101 error at the 年度资金总额 cell (120 ≠ 90 + 20); D104 warning, row of 新建标准化兔舍
  (goal 12栋, indicator ≥10栋).
* fy04: D101 warning, row of the second 商品兔出栏量 (under 经济效益; alt D103); Y102 error at the
  second project's deadline 2024年11月30日 (alt Y101, Y103); B107 warning, row of 良种引进补贴标准
  (200元 × 3000只 = 60万 > 45万).
* fy06: D201 error at the year's 新增规范化养殖户 ≥260户 (period ≥200户, 年度目标 100户;
  alt D104); D202 warning at the
  year's 编印养殖技术手册 copied from 中期; T108 warning, row of 帮扶户兔病死率 ≥6%.
* fy08: B102 error at the 金额合计 150 (tasks 70 + 45 + 30 = 145); D104 warning, row of
  獭兔养殖技术培训 (goal 800人次, indicator ≥600人次).
* fy10: F201 warning, row of 獭兔皮一级品率 under 时效; F201 warning, row of 周边养殖户满意度 under
  社会效益; W103 error at the 效益指标（30分） label (indicators 15 + 5 + 5 = 25; alt W101).
* fy12: W101 error, book level (weights add to 95); D103 warning, row of 收购分级培训人数 (alt
  D101, D102); T108 warning, row of 兔皮收购价格投诉率 with ≥.
* fy14: Y103 warning at the 年度目标 cell (2024年底前 in a 2025 goal; alt Y101); Y102 error at
  the 仓库建成时间 2024-12-31 (alt Y101, Y103).
* fy16: Y104 error at 计划完成日期 2025-03-31 (start 2025-04-01); X104 warning at the text
  ``45930``; B102 error at the detail 合计 95 (45 + 30 + 18 = 93).
* fy18: D104 warning, row of 年加工獭兔皮 (goal 5万张, indicator ≥4万张); F110 error at the empty
  name cell; F109 warning, row of the empty 生态效益指标.

Look-alikes in the correct returns: fy01 兔病死率 ≤8% (反向 with ≤), typed percent cells,
unit subsidies within the money (200元 × 1500只 + 5万 × 6处 = 60万 ≤ 80万); fy03 the same
满意度 indicator with different values in two stacked projects, a goal count with its part in
brackets; fy05 period counts above the year's, equal rates in both columns, ≥3百分点 / ≥1百分点,
a later year the work prepares for (为2028年申报…), unit cost × count within the money; fy07 a goal
count with its online part in brackets and a note explaining it, ≥3百分点, 150元 × 5000只 = 75万
= the task's money; fy09 tier points and indicator points both adding to 100, ≥5百分点; fy11 ≤0起
on an incident count, 10元 × 30000 = 30万 = the task; fy13 a goal total with its parts in
brackets, a note row inside the table, a fill date in 2024; fy15 ``=100%`` on an acceptance rate
(the ceiling), 3000元 × 40人 = 12万 = the training line; fy17 subtotal and total rows, a
repeated header, ≤0起 on accidents.

Judgements: fy04's duplicate is the same name and value under two tier-2s (D101; D103 accepted).
fy04's and fy14's 2024 deadlines in a one-year 2025 project cannot be met: error. fy12's
培训人次 / 培训人数 (500 / 450) are one activity counted two ways: a warning only. fy10's
mismatched tier points also make the total 95, so W101 is accepted for the same problem. fy05's
2028 in the 中期目标 names a later aim, not a target date, and is not marked. fy14's 审核 date
2025-01-06 and fy13's fill date 2024-12-18 are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout639 import meat, pelt, rex
from tests.variants.holdout639.registry import HOLDOUT639
from tests.variants.kit import Variant

MODULES = (meat, rex, pelt)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT639, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 639th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
