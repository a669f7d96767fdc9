"""The 454th held-out set: 18 invented returns of county art troupes with throat-singing (呼麦)
and bamboo-flute (笛子) ensembles, with a careful reviewer's marks, to measure ``goalbook check``
out of sample. Budget year 2025; places, units, people and figures are invented.

Layouts (``throat``: 呼麦, yv01-yv06; ``flute``: 笛子, yv07-yv12; ``troupe``: both, yv13-yv18):
project heads with 万元 money blocks (one-year, multi-year with 中期 and 年度, transfer payment
with 中央补助 + 地方资金), department heads with budget, shares and key tasks; OLD-NAT and
NAT-2021 tiers merged down; an operator column, a unit column, operators in words; headers
指标内容 / 绩效标准, 预期目标, 预期实现值, 绩效目标值 over a two-row header; two stacked
projects; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); tier-1 points with an
indicator score column; a table on a second sheet; a budget-system export (sheets 05-1 / 05-2,
header on the third row, codes in the first columns); subtotal rows and a header repeated after
a page break; 说明 / 注 / 填表说明 rows, signature, stamp and date lines.

Planted mistakes (21 required marks; severity = highest accepted):

* yv02: T108 ≤warning (row) at Sheet1!D9 (单场下乡演出成本 ``=1.2万元/场``, a cost cap with =),
  D11 (学员人数 ``≤40人``, a 正向 count with ≤), D14 (演出安全事故发生率 ``≥1%``).
* yv04: D202 ≤warning at Sheet1!E11 (培养青年演员 ``≥12人`` copied from the three-year value);
  D201 ≤error at Sheet1!E13 (年度专场演出 ``≥80场`` above the period's ``≥60场``).
* yv05: F110 ≤error at the empty name Sheet1!C12 (value ``≥95%`` without a name); F109
  ≤warning (row) at Sheet1!B15 (经济效益指标) and Sheet1!B17 (生态效益指标), template leftovers.
* yv08: T106 ≤error at Sheet1!E14 (验收合格率 typed ``105%``); W101 ≤error book level (weights
  25+20+15+15+20 = 95).
* yv10: T105 ≤error at Sheet1!D10 (排练计划完成率 ``24次``); F105 ≤error at Sheet1!B14
  (``（二）时效指标`` under ``三、效益指标``).
* yv11: X104 ≤warning at Sheet1!F4 (计划完成日期 typed as the text ``46022``); X105 ≤warning at
  Sheet1!C17, X103 accepted (detail amount ``14.37 5``, read 14.375; the lines then add up).
* yv14: B101 ≤error (row) at Sheet1!B4 (资金总额 380 ≠ 基本支出 240 + 项目支出 160; 财政拨款
  340 + 其他资金 40 does hold); B102 ≤error (row) at Sheet1!D9 (tasks 55+70+30 = 155 ≠ 金额合计
  160).
* yv17: T113 ≤warning at Sheet1!E11 (完工时间 ``=100%``); T108 ≤warning (row) at Sheet1!D15
  (投诉率 with ≥).
* yv18: D204 ≤warning at Sheet1!D9 (年度目标 identical to 中期目标 in a three-year project);
  T107 ≤warning at Sheet1!D19 and E19 (观众满意度 ``=95%`` in both columns).

Legitimate look-alikes in the correct returns: typed percent cells (yv01, yv07, yv13 shares);
``=100%`` on a pass rate or plan completion rate (yv01, yv03, yv11, yv17); a 下降率 with ≥ and
``≤ 0 起`` on an incident count (yv01, yv07); ``≥5百分点`` on a rate change and tier points
(50/10/30/10) plus indicator scores both adding to 100, with a 合计 row (yv06); the same
indicator name 观众满意度 with different values in two stacked projects (yv03) and two exported
projects (yv15); rates, unit costs and qualitative values equal in the 中期 and 年度 columns of
multi-year projects (yv04, yv18); unit cost × count equal to its task's money (yv13: 30 场 ×
1万元 = 30万元); 小计 / 合计 rows and a repeated header (yv16); 说明 / 注 / 填表说明 rows and a
fill date in December of the year before (yv12); bare numbers with % in a 度量单位 column and
大于等于 / 小于等于 in words (yv15); tier labels ``一、产出指标``, ``（二）质量``, ``2.可持续影响``,
``三、*满意度指标``, ``服务对象满意度`` and ★ core indicators (yv09).

Judgements where a reviewer could hesitate:

* yv02: ``=`` on a cost cap is marked T108 (as the main corpus does), not T107.
* yv04: only the copied cumulative count is marked D202; equal rates and unit costs are not.
* yv11: the serial is marked X104 only; a date finding caused by it (Y102/Y106) would be a false
  error, since the reviewer reads 2025-12-31.
* yv14: B101 is marked at the 资金总额 cell with ``row=True``: which of 资金总额, 基本支出 or 项目
  支出 is wrong cannot be told, so a finding anywhere in that row counts.
* yv17: the T108 mark sits on the operator cell (operator column) with ``row=True``; the value
  ``2`` with ``%`` in the unit column is a valid rate.
* yv18: ``=95%`` is marked twice (each column); D203 should not fire, both columns agree.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout454 import flute, throat, troupe
from tests.variants.holdout454.registry import HOLDOUT454
from tests.variants.kit import Variant

MODULES = (throat, flute, troupe)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT454, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 454th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
