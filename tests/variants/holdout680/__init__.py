"""The 680th held-out set: 18 invented returns on 紫苏 and 薄荷 growing, an essential-oil
distillation workshop and a herb-tea brand (柘源县 and its invented towns), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Aim: checks across the table.

Layouts: project heads with one value column (hn03, hn05, hn07, hn08, hn13, hn14, hn18), with
operator and unit columns (hn01, hn12 in words, hn15), with 中期 and 年度 columns (hn02, hn11,
hn17); department heads with tasks (hn04 flat list, hn09, hn15); two stacked projects (hn05,
hn18); abbreviated tier labels (hn03); numbered labels with points (hn06); headers 考核指标 /
绩效目标值 (hn07), 预期目标 (hn08), 预期实现值 on a second sheet with a repeated header (hn10),
指标内容 / 绩效标准 (hn13); a budget-system export with a 05-1 and a 05-2 sheet (hn16).

Planted mistakes (return: code, highest accepted severity, place):

* hn02: D104 ≤warning, 年度 烘干房 ≥3座 against the goal's 2座 (row); D201 ≤error, 年度 繁育圃
  ≥60亩 above 中期 ≥40亩 (cell); D202 ≤warning, 机耕道 ≥12公里 copied from 中期 (cell).
* hn03: D104 ≤warning, 种植面积 ≥350亩 against the goal's 400亩 (row); F201 ≤warning, 紫苏种子
  采购成本 under 数量 (row); Y102 ≤error (alt Y103), 收获期限 2024年10月31日前 (row).
* hn05: B101 ≤error, the second project's 年度资金总额 45 ≠ 30 + 10 (cell; the equal 中期 45
  tolerated); D102 ≤error (alt D103, D101), 滴灌管网铺设总长度 ≥15公里 against 铺设长度 ≥18公里
  (row); B107 ≤warning, 800元/亩 × 600亩 = 48万元 above the money (row).
* hn08: D104 ≤warning, 精油产量 ≥600公斤 against the goal's 800公斤 (row); Y102 ≤error, deadline
  2026年3月31日前 in a one-year 2025 project (row); F201 ≤warning, 鲜料出油率 under 时效 (row).
* hn09: B102 ≤error, 金额合计 78 against tasks 30 + 25 + 18 = 73 (cell); Y103 ≤warning (alt
  Y101), 年度总体目标 names 2024年度 (cell); D102 ≤error (alt D103), 精油批次检验合格率 ≥95%
  beside 精油批次检测合格率 ≥98% (row).
* hn12: T108 ≤warning, 设备故障停机率 大于等于 3% (row); B107 ≤warning, 0.5万元/批 × 120批 =
  60万元 above the 50万元 (row).
* hn14: D104 ≤warning, 签约经销商 ≥20家 against the goal's 30家 (row); X101 ≤error, ≥XX篇 (cell);
  D102 ≤error (alt D103, F201), 品牌推广活动举办次数 ≥10场 under 时效 beside 场次 ≥12场 (row).
* hn16: D104 ≤warning, 袋泡茶年产量 5万袋 on sheet 05-2 against 50万袋 in the 05-1 goal (row);
  F201 ≤warning (alt F105), 消费者满意度 under 社会效益指标 (row).
* hn17: Y104 ≤error (alt Y102), 计划完成日期 2024-12-31 before the start 2025-03-01 (cell); D204
  ≤warning, 年度目标 identical to 中期目标 (cell); D201 ≤error, 年度 网点 ≥80家 above 中期 ≥60家.

25 required marks, 23 of them found only by comparing parts of the return (goal text, years and
dates, 中期 and 年度, duplicates, tier-2 against name, cost × count, parts and totals); the other
two are hn12's T108 and hn14's X101.

Look-alikes in the correct returns: hn01 typed percent cells (``pct``), ``=100%`` on a 合格率, a
下降率 with ≥, the goal's 300亩 with 100亩 in brackets as a separate indicator, 1200元/亩 × 300亩 =
36万元 within 60万元, a date cell; hn04 ≤0起 on incidents, a 下降率 with ≥ and a bare 8 with % in
the unit column, weights 100 with a 合计 row, tasks = 项目支出; hn06 tier points and indicator
points both 100, ``提高≥5百分点``; hn07 detail lines adding to 96, 18万元/套 × 2 = 36 as in the
detail, a 注 explaining the total; hn10 a 说明 row, the header repeated, a 填表说明 line; hn11
period counts above the year's, rates equal in both columns, 2026 deadline within the period, 为
2027年推广… in the 中期目标; hn13 6款 with 3款 in brackets; hn15 date cell, percents typed,
40万元 cost cap = its task; hn18 the same 产品抽检合格率 with 98% and 100% in two projects,
``≥10百分点``. Signature dates in late 2024 are fill dates, not year conflicts.

Judgements: a duplicate with different values (hn05, hn09, hn14) is marked D102 at error, D103
accepted; a cost × count above the whole annual money (hn05, hn12) is a warning (B107) since the
count is a floor; a year left in the goal text (hn09) is a warning; hn05's 中期 45 equal to the
wrong 年度 45 is tolerated as part of the same B101; hn11's 2027 is a later year prepared for, not
a leftover.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout680 import distillery, growing, teabrand
from tests.variants.holdout680.registry import HOLDOUT680
from tests.variants.kit import Variant

MODULES = (growing, distillery, teabrand)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT680, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 680th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
