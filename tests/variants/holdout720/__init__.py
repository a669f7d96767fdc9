"""The 720th held-out set: 18 invented returns on a township sewage-treatment plant's operation
contract, village sewage pipe extension and sludge disposal (澄岭县水务局 and its units; every
place, unit, person, phone number and figure invented), budget year 2025, with a careful
reviewer's marks. Aim: checks across the table (goal text against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, unit cost × count against money, parts against
totals, leftovers).

Layouts: project heads (one-year and three-/two-year with 中期 and 年度 money and goals),
department heads with budget and task blocks, NAT-2021 and OLD-NAT tiers merged down, numbered
labels with points (``一、产出指标（50分）``), ``*`` marks and abbreviations (产出, 数量),
headers 指标内容 · 绩效标准, 预期目标, 考核指标 · 目标值（年度） · 评价标准, operators in words in a
指标性质 column with a unit column, a flat list (指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值), two stacked projects in one sheet, a budget-system export (detail lines on
「部门项目支出预算05-1」, codes in the first columns and the header on row 3 of
「部门项目支出绩效目标05-2」), a header repeated after a page break with subtotal rows,
notes, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kbb02-plant-contract-wrong: B101 error at the 年度资金总额 cell (150 ≠ 120 + 20); D104
  warning, row of 委托运营污水处理厂数量 (=4座, goal says 3座); B107 warning, row of 运营服务费单价
  (1.8元/吨 × 90万吨 = 162万元 > 150).
* kbb04-plant-three-year-wrong: D204 warning at the 年度目标 cell (identical to 中期目标); D201
  error at the annual 运营村级处理站点数量 (18 > 15; D104 accepted); D202 warning at the annual
  累计处理污水量 (≥240 copied from the period).
* kbb06-plant-department-wrong: B102 error at 金额合计 (390 + 150 + 70 = 610 ≠ 600); Y103
  warning at the 年度总体目标 cell (2024年 left from last year; Y101 accepted); D103 warning,
  row of 乡镇污水处理厂出水水质达标率 under 生态效益 (same as 出水水质达标率 ≥95%, value ≥90%;
  D101, D102, F201 accepted).
* kbb08-pipe-goal-mismatch: D104 warning, row of 新建污水管网长度 (8.9 against the goal's 9.8);
  F201 warning, row of 管道闭水试验合格率 under 时效; Y102 error at 管网工程完工时间
  (2026年6月30日前 in a one-year 2025 project whose goal says 10月底; D104, Y103 accepted).
* kbb10-pipe-stacked-wrong (second project): B101 error at its 年度资金总额 (380 ≠ 300 + 60);
  Y103 warning, row of 2024年度新建管网长度 (a leftover row; Y101, D104 accepted); B107 warning,
  row of 入户支管单价 (0.35 × 1200 = 420 > 380).
* kbb12-pipe-two-year-wrong: Y101 error at the title (2024年度 against a 2025—2026 plan; Y102,
  Y103 accepted); W103 error at 产出指标（50分） (12 + 12 + 10 + 11 = 45; W101 accepted).
* kbb14-sludge-wrong: D104 warning, row of 脱水污泥外运处置量 (2300 against the goal's 3200);
  X101 error at the template's example row value ``≥XX人次``.
* kbb16-sludge-export-wrong: B102 error at 合计 on 05-1 (40 + 48 + 8 = 96 ≠ 106); F201 warning,
  row of 污泥运输单价 under 数量指标; Y102 error at 年度处置任务完成时间 (2026年3月31日前; D104,
  Y103 accepted).
* kbb18-sludge-template-rows: F109 warning, row of the empty 社会成本指标; F110 error at the
  empty name cell of a row valued ≥95%.

24 required marks, 15 of them across the table (kbb02, kbb04, kbb06, kbb08, kbb10 all, plus
kbb12 Y101 and W103, kbb14 D104, kbb16 B102 and Y102).

Legitimate look-alikes in the correct returns: typed percent cells (kbb01, kbb03, kbb05, kbb07,
kbb11, kbb13, kbb15); ``≤0起`` / ``≤0处`` / ``≤0吨`` on incident or count targets (kbb01, kbb07,
kbb11, kbb13, kbb15, kbb17); 管网堵塞投诉下降率 with ≥ (kbb05); ``≤60%`` on a 反向 含水率
(kbb13, kbb17); 百分点 rate rises (kbb07, kbb11); points in the tier labels and at indicator
level both adding to 100 (kbb11); a goal total with its parts in brackets (kbb07 管网12.6公里,
kbb13 污泥2600吨); a goal naming 2028 as a later year the contract prepares for (kbb03); period
counts beside smaller annual counts, equal rates in both columns (kbb03, kbb11); unit cost ×
count within the money (kbb01 1.6 × 73 = 116.8 ≤ 126, kbb07 95 × 12.6 = 1197 ≤ 1200, kbb09,
kbb13, kbb15, kbb17 10 × 6 = 60 ≤ 68); the same indicator names with other values in two
stacked projects and a note giving their joint total (kbb09); subtotal, 合计, 注 and 填表说明 rows
and a repeated header (kbb17); fill dates in 2024 under 2025 tables (all).

Judgements: the 2028 in kbb03's 中期目标 is what the work prepares for, not a stale year; the
2024 base year in kbb05's 说明 is a baseline, not a leftover. kbb04's annual ≥18 站点 also
contradicts the goal (D104 accepted). kbb06's near-duplicate also sits under the wrong tier-2,
so F201 is accepted for it. A date outside a one-year project's period (kbb08, kbb16) and a
title year that cannot be the plan's (kbb12) are taken as impossibilities (error); counts and
costs that disagree with the goal text are doubtful (warning), since the goal may round.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout720 import pipes, plant, sludge
from tests.variants.holdout720.registry import HOLDOUT720
from tests.variants.kit import Variant

MODULES = (plant, pipes, sludge)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT720, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 720th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
