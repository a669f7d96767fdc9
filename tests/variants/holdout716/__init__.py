"""The 716th held-out set: 18 invented returns of 枫渚县 (a county town) for a street-lighting
retrofit to LED, a smart-parking pilot and a public bicycle scheme, budget year 2026, with a
careful reviewer's marks. Its aim is checks across the table: goal text against indicators,
years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost × count against money,
parts against totals, leftovers from last year.

Layouts: project heads (one-year and multi-year, 中期/年度 money), department heads with key
tasks and 金额合计; NAT-2021 and OLD-NAT tiers merged down; numbered labels, points and ★,
abbreviated labels; operator columns (symbols or words) with unit columns; headers 绩效目标值,
考核指标, 预期实现值, 指标内容, 绩效标准, 预期目标, 目标值（年度）; a two-row header; two
stacked projects; a flat list; a budget-system export with the table on a second sheet; notes,
a repeated header, a 合计 row, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kax02-lamp-goal-count: D104 ≤warning, Sheet1!D9 row (1200盏 against the goal's 1500盏);
  Y102 ≤error alt Y103, D104 at Sheet1!D12 (deadline 2025年11月30日前 in a 2026 project);
  B107 ≤warning, Sheet1!D13 row (0.24万元 × 1200 = 288 > 260).
* kax04-riverside-copy: D204 ≤warning at the 年度目标 cell Sheet1!D9; D201 ≤error at the
  annual cell Sheet1!E11 (2400 > 2000); D103 ≤warning alt D101, D102, Sheet1!C13 row (庭院灯
  counted twice, 150 / 180 a year).
* kax06-lamp-leftover-dates: Y104 ≤error alt Y102, Y101 at the 计划完成日期 Sheet1!F4
  (2025-12-31 before the 2026-03-01 start); D104 ≤warning, Sheet1!D9 row (650盏, last year's
  plan, against the goal's 800盏); F201 ≤warning, Sheet1!C12 row (亮灯率 under 时效).
* kax08-parking-duplicates: D101 ≤warning alt D103, D102, Sheet1!C11 row (小程序上线 twice);
  F201 ≤warning, Sheet1!C13 row (a device count under 质量); D104 ≤warning, Sheet1!D14 row
  (上线 9月30日 against the goal's 6月底).
* kax10-parking-stacked-money, second project: B101 ≤error, 项目绩效目标!C20 row (年度资金总额
  180 ≠ 150 + 40); D104 ≤warning, 项目绩效目标!D24 row (260 检测器 against the goal's 300);
  F201 ≤warning, 项目绩效目标!C30 row (停车用户满意度 under 社会效益).
* kax15-bike-goal-mismatch: D104 ≤warning, Sheet1!D9 row (45 stations against 40); D104
  ≤warning, Sheet1!D12 row (12月31日前 against the goal's 9月底).
* kax16-bike-fleet-period: D201 ≤error at Sheet1!E12 (annual fleet 1500 > 1200); Y102 ≤error
  alt D202, Y103 at Sheet1!E15 (2028年12月31日前 copied into the 2026 column); D202 ≤warning at
  Sheet1!E16 (the three-year 150万人次 copied).
* kax17-bike-centre-money: B101 ≤error, 部门整体!B4 row (基本支出 150 + 项目支出 260 ≠ 420);
  B102 ≤error at 部门整体!D9 (120 + 90 + 60 = 270 ≠ 金额合计 260); D104 ≤warning, 部门整体!D17
  row (60万人次 against the goal's 80万).
* kax18-bike-template-rows: F110 ≤error at Sheet1!C11 (the empty name of the ≥300辆 row); F109
  ≤warning, Sheet1!B15 row (the empty 生态效益指标).

25 required marks, 23 of them found only by comparing one part of the return with another.

Legitimate look-alikes in the correct returns: kax01 a 下降率 with ≥, 0起 on an incident count,
typed percent cells, 2025 as the baseline year in the goal, unit costs (192 + 36 ≤ 240); kax03
the period's 3600盏 beside the year's 1200盏, equal rates in both columns, 2029 as the year the
work prepares for; kax05 tier points in the labels and a weight column both adding to 100, a
header repeated after a page break, a 合计 row, a fill date in 2025; kax07 a goal's count with
its parts in brackets (600 = 420 + 180) and a 420 indicator that is a part, a 下降率 with 大于等于;
kax09 the same satisfaction indicator ≥90% / ≥85% in two stacked projects; kax11 =100% as text,
≥8百分点, a 合计 row under the money; kax12 =100% typed on a 办结率, ≤0起, a unit cost × count
equal to its task (0.25 × 600 = 150); kax13 points at two levels (50+30+20 and the 分值 column),
≥2百分点, a note row inside the table; kax14 period counts above the year's in a two-row header.

Judgements: a deadline of the year in a multi-year project's 年度 column that is the period's end
(kax16) is marked as an error (the year's target cannot end in 2028), with D202 accepted. Near
duplicates with different annual values (kax04) are a warning, not a conflicting-duplicate error,
since the reviewer asks which is meant. A goal count lower than the indicator's (kax15) or higher
(kax02, kax06, kax10, kax17) is a warning: the reviewer asks, the table is not impossible. A
completion date before the start (kax06) is an error. The 180 ≠ 150 + 40 total (kax10) is marked
on its row, the parts being in the two rows below.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout716 import bicycles, lighting, parking
from tests.variants.holdout716.registry import HOLDOUT716
from tests.variants.kit import Variant

MODULES = (lighting, parking, bicycles)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT716, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 716th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
