"""The 667th held-out set: 棉花机采与苎麻剥制、纤维检验 (cotton machine harvesting, ramie
decortication, fibre testing), 18 invented returns, 9 correct, budget year 2026.

Layouts: project heads (one-year and multi-year, 中期/年度 columns, a two-row header), department
heads with key tasks, flat lists, two projects stacked, numbered / pointed / marked tier labels,
operator and unit columns, tier-1 and indicator score columns, a weight column with subtotal rows
and a repeated header, a budget-system export with the table on a second sheet.

Planted mistakes (code, highest accepted severity, place):

* ha02: D104 ≤warning at the area (goal 4.5万亩, indicator ≥3.5万亩); Y102 ≤error alt Y103 at
  the deadline 2027年1月31日前 of a 2026 one-year project; B107 ≤warning at ≤90元/亩
  (× 3.5万亩 = 315万元 > 280万元).
* ha04: Y103 ≤warning alt Y101 at the 年度目标 cell (names 2025 in a 2026–2028 project); D202
  ≤warning at the annual 培训人次 copied from 中期; D201 ≤error at the annual 检测批次 (800 > 600).
* ha06: D103 ≤warning alt D101/D102 at 机采棉花作业面积 (same as 机采棉作业面积, other value);
  F201 ≤warning (row) at 机采采净率 under 时效指标.
* ha08: B102 ≤error alt B101 at the 金额合计 amount (120+90+60 = 270 ≠ 280); D104 ≤warning at
  剥麻示范点 ≥8个 (goal and task: 6个); Y102 ≤error alt Y103/Y101 at 2025年12月31日前.
* ha10: D104 ≤warning (row) at 原麻收购加工量 ≥1200吨 (goal 1500吨); D101 ≤warning alt D103
  (row) at the second 带动麻农户数; W101 ≤error at book level (weights 105).
* ha12: Y101 ≤error alt Y102 (row) at the plan start date (2025 dates under a 2026 title);
  F201 ≤warning (row) at 精干麻残胶率 under 数量.
* ha14: D104 ≤warning (row) at 检验批次 1万 (goal 1.2万); T106 ≤error at a typed 102%; B107
  ≤warning (row) at ≤100元/批次 (× 1万 = 100万元 > 90万元).
* ha16: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30
  (indicators 35; totals still 100); D103 ≤warning alt D101/F201 (row) at 棉花公检批次数 under
  质量指标, a repeat of 棉花公检批次.
* ha18: F110 ≤error at the empty name beside ≥6项; F109 ≤warning (row) at the bare 时效指标.

Legitimate look-alikes in the correct returns: ha01 `亩均采收成本下降 ≥60元/亩`, `含杂率比上年下降
≥2百分点`, typed percents, a later year in the goal (为2027年全县推广…), 3.2万亩 ×
50元 within 360万;
ha03 period counts (9万亩, 6台) beside smaller annual ones, rates and unit costs equal in both
columns; ha05 the same 植棉户满意度 with 90% and 92% in two stacked projects; ha07 a goal count
(新建3个, 另改造2个) matching two indicators, a footnote explaining that 金额合计 = 项目支出,
`剥麻废水达标排放率 100%`; ha09 a 反向 rate with ≤ and a fall in 百分点 with ≥ in a flat list;
ha11 `= 100 %` on a 鉴定合格率 (the ceiling), export codes; ha13 a two-row header; ha15 tier and
indicator points both adding to 100, `≥5百分点`; ha17 `检验责任事故 0起`, a 说明 row, 小计 and 合计
rows, a repeated header and a fill date in the year before the budget year.

Judgements: the 2027 of ha01 is a year the work prepares for, not a conflict; ha04's D202 is
asked only at the copied count, not at rates or unit costs; in ha10 the duplicate is marked at
its second occurrence; in ha12 the end date in the same row is covered by the row mark; in
ha14 and ha02 B107 is a warning (the cost cap may be shared with other money), D104 a warning
(the reviewer asks which figure holds); in ha16 the wrong tier of the duplicate is accepted as
F201 in place of D103.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout667 import cotton, ramie, testing
from tests.variants.holdout667.registry import HOLDOUT667
from tests.variants.kit import Variant

MODULES = (cotton, ramie, testing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT667, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 667th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
