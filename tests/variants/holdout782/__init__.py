"""The 782nd held-out set: 18 invented returns of 汶岭县应急管理局 (a county emergency-management
bureau): flood-season materials reserves (防汛物资储备, ``reserves``), safety training for small
mines and hazardous-chemical firms (``training``) and township emergency-rescue teams
(``rescue``). 9 returns are correct, 9 carry 23 required marks, 20 of them found only by
comparing one part of the return with another.

Layouts: project heads (OLD-NAT and NAT-2021), department heads with budget and key tasks,
operator and unit columns, operators in words with a 正向/反向 direction column, numbered and
pointed tier labels, marks and abbreviations, a two-row header
(考核指标 · 目标值（年度） · 评价标准),
stacked projects, a flat list, multi-year projects with 中期 and 年度 columns, a table on a
second sheet under 预期实现值, a budget-system export with codes in the first columns, notes,
subtotals, a repeated header and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kdl02: B101 error at the 年度资金总额 cell (120 + 20 ≠ 150; B102 file-level tolerated);
  D104 warning, row of 冲锋舟配发数量 (goal 6艘, indicator 4艘); B107 warning (alt D104), row of
  移动抽水泵采购单价 (8万元 × 20台 = 160 > 150).
* kdl03: Y104 error (alt Y102, Y101) at the second project's 计划完成日期 2024-12-31; D103
  warning (alt D101, D102), row of 前置点沙袋储备数 (8000 vs 6000条).
* kdl05: Y103 warning (alt Y101, D104) at the 年度目标 cell naming 2024年; D201 error at the
  annual 新增库容面积 (1800 > 1500).
* kdl08: F201 warning (alt F105), rows of 培训实操考核合格率 under 时效 and 参训矿山企业数量
  under 质量; D104 warning, row of 特种作业人员培训人次 (goal 420, indicator 380).
* kdl10: B101 error at 资金总额 (400 + 250 ≠ 640); B102 error at 金额合计 (150 + 60 + 30 ≠ 250);
  D104 warning, row of 培训人数 (task and goal 800人, indicator 600人).
* kdl11: Y102 error (alt Y101, Y103) at 复训完成时间 2024-11-30; D102 error (alt D101, D103),
  row of the second 危化企业主要负责人复训人数 (120 / 150).
* kdl14: T106 error, row of 装备完好率 (typed 105%); B107 warning, row of 单套采购成本
  (1.2万元 × 30套 = 36 > 30).
* kdl16: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  标准化救援站建成数量; D104 warning, row of 救援队员培训人数 (goal 160人, 中期 120人).
* kdl18: X101 error, row of the template's example row (≥XX人次); F110 error at the empty name
  cell; F109 warning, row of the empty 生态环境成本指标.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (kdl01, kdl12); =100% at the
ceiling (kdl01); typed percents (kdl01, kdl04, kdl11, kdl12, kdl14); 0起 on incident counts
(kdl04, kdl07, kdl12); a goal's count with its parts in brackets (kdl01, kdl13); a unit cost ×
count equal to its money (kdl09, kdl17); 100 both ways with tier and indicator points (kdl07);
rates raised in 百分点 (kdl06, kdl07); a later year the work prepares for (kdl06: 2028); the
period's count in 中期 beside a smaller year's count (kdl06); the same indicator name in two
stacked projects (kdl03, 防汛责任人满意度); fill and signature dates in the year before
(kdl01, kdl04, kdl12, kdl13, kdl17); note, 说明, subtotal, total and repeated header rows.

Judgements: in kdl02 the total (not a part) is marked for B101, as the lines add to 140 like
the parts; the pump cost over the whole money is a warning, since the count may be read
differently. D104 is marked on the indicator's row, the goal being the reference. In kdl10
it is unclear whether 资金总额 or 项目支出 is wrong; the mark sits at 资金总额 as in m02. In
kdl03 only the second project's duplicate is marked, the sandbag count of 8 × 1000 making
8000 the right value. kdl05's annual goal names 2024 only: a year left over, so a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout782 import rescue, reserves, training
from tests.variants.holdout782.registry import HOLDOUT782
from tests.variants.kit import Variant

MODULES = (reserves, training, rescue)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT782, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 782nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
