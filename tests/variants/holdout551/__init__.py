"""The 551st held-out set: ramie (苎麻) and grass-cloth (夏布) weaving heritage workshops.

Eighteen invented returns of 杼岭县 (an invented county): co01–co06 on ramie growing and
processing (seedling bases, degumming, purchasing, stripping machines), co07–co12 on 夏布
weaving (transmission classes, looms, workshops, digital archives, cultural products), co13–co18
on the heritage centre and its workshops (department tables, a budget-system export, template
leftovers, conversion artefacts, notes). Budget year 2025.

Layouts: project heads (``heads.project_head``) with 实施期/年度 money blocks or a single money
column and a 资金明细 block; department heads with budget, shares and key tasks; operator and
unit columns; operators inline; one value column; 中期 and 年度 value columns (three-year
projects); tier-1 and indicator score columns; flat lists in two column orders; numbered,
pointed, starred and abbreviated tier labels; headers 预期目标, 绩效目标值, 指标内容 / 绩效标准 /
目标值 (two-row header); two projects stacked in one sheet; a budget-system export with codes
in the first column, the table on a second sheet and its header repeated after a page break;
注 / 说明 / 填表说明 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* co02: T106 error at the 精干麻检验合格率 value (``pct(1.05)``, row); T108 warning at the
  operator ≥ of 脱胶废水超标排放率 (row).
* co04: T105 error at 原麻收购检验合格率's value 1200 吨 (row, alt T112); T108 warning at
  麻农投诉率's 大于等于 (row); W101 error, book level (weights add to 95).
* co06: B101 error at 资金总额 95 (row; 80 + 10 = 90); B107 warning at 每亩新植种苗补助标准
  1200 元/亩 (row; × 900 亩 = 108 万元 > 95); B102 error at the 明细 合计 95 (lines add to 85).
* co08: F105 error at the tier-2 label 质量 under 效益; T107 warning at the = of 工坊织户满意度
  =95% (row).
* co10: D202 warning at the annual cells of 数字化建档夏布纹样 and 采录传承人口述史 (copied
  from 中期); D201 error at the annual 拍摄织造工序影像 ≥150小时 (period ≥120小时).
* co12: W103 error at 产出指标's score 50 (indicators 20 + 15 + 10 = 45; alt W101); T113
  warning at 织机修复完工时间 100%.
* co14: B101 error at 资金总额 600 (row; 基本支出 380 + 项目支出 240 = 620); B111
  error at the 其他资金 share 15% (60 ÷ 600 = 10%); B102 error at 金额合计 240 (tasks 230).
* co15: F109 warning at the empty 社会成本指标 and 生态效益指标 rows (row); F110 error at the
  empty name cell of the row ``≥ 6 场``.
* co17: X104 warning at 计划完成日期 ``46022`` (text); X105 warning at ``18.437 5`` (alt X103);
  X106 error at ``24万24万(含运输)`` (alt B108).

Legitimate look-alikes (in the correct returns; co02 beside its mistakes): typed percent
cells (co01, co03 shares, co13, co18), 万元 only in the number format (co01, co16); a 反向
发生率 with ≤ (co01);
化肥使用量增长率 小于等于 0 % (co03, a 零增长 target); 化学脱胶用碱量下降率 ≥15% (co02, a
下降率 asked to be at least); points 90 in the tier labels with 预算执行率 scored apart (co07);
=100% on an acceptance rate (co09); rates and unit costs equal in 中期 and 年度 (co09); tier
and indicator points both adding to 100, ≥5百分点 on a share (co11); a note explaining that
金额合计 = 项目支出 (co13); the same indicator name with different values in two stacked
projects (co05); 0起 on an incident count (co18); fill and signature dates in 2024 (co03,
co13, co18); a repeated header row (co16); a sales target of 120 万元 above the budget (co11:
a benefit, not a cost).

Judgements: co14's shares of 基本支出 (63.3%) and 项目支出 (40%) match their amounts, so
a finding on them (they add to 103.3% because of the B101 problem) is tolerated, not asked
for. co06's B101 could be argued at 财政拨款 instead of 资金总额; the mark is row-wide. co12's
indicator points add to 95, so W101 is accepted for the same problem. co08 has only one row
under the misplaced 质量 so F105 lands at one row. co04's 投诉率 marked T108 although 2 % is
plausible as a ceiling: 大于等于 on a 投诉率 is the defect. co17's lines add to 60 once the
split and pasted amounts are read as 18.4375 and 24.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout551 import ramie, weaving, workshops
from tests.variants.holdout551.registry import HOLDOUT551
from tests.variants.kit import Variant

MODULES = (ramie, weaving, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT551, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 551st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
