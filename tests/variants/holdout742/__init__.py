"""The 742nd held-out set: 18 invented returns of a provincial seed-industry programme (禾川省),
written blind, to measure ``goalbook check`` out of sample. Everything is invented (禾川省, 稷源市,
蒲湾县, 栖禾县, the units, people, phone numbers and figures). Budget year 2025 throughout.

Theme and modules: ``germplasm`` (kbx01–06, the 农作物种质资源库: intake, regeneration,
离体保存, 鉴定评价), ``hybrid`` (kbx07–12, rice hybrid-seed production bases: 制种面积, subsidies,
机械化, 亲本提纯), ``inspection`` (kbx13–18, seed-quality inspection: 监督抽检, 执法抽检, 追溯平台,
实验室能力).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks, a
department head (``heads.department_head``) with budget and task blocks, NAT-2021 and OLD-NAT
tiers merged down, numbered labels (一、 / 1.), points (产出指标（40分）) with a score column,
marked / abbreviated labels (*产出, ★数量, 时效), headers 中期绩效目标值 / 年度绩效目标值,
绩效指标值, 考核指标 / 目标值（年度）, an operator column in words or symbols with a unit column,
flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), two projects stacked in one sheet, a
header repeated after a page break, 注 / 说明 / 填表说明 rows, signature and date lines, a
budget-system export (sheets 项目支出预算05-1 and 项目支出绩效目标05-2, codes in the first
columns, header on the third row, the table on the second sheet).

Planted mistakes (21 required marks; * = a check across the table):

* kbx02-bank-goal-mismatch: D104 Sheet1!D11 ≤warning (row)* goal 新增入库1500份 vs ≥1200份;
  F201 Sheet1!C14 ≤warning (row)* 更新种质发芽率 under 时效指标.
* kbx04-bank-period-copied: D204 Sheet1!D9 ≤warning* 年度目标 = 中期目标 verbatim;
  D201 Sheet1!E13 ≤error* year 2400份 above the period's 2000份; D202 Sheet1!E14 ≤warning*
  cumulative 分发份次 copied into the year's column.
* kbx06-bank-old-dates: Y103 Sheet1!B7 ≤warning* 2023年 left in the goal; Y102 Sheet1!D12
  ≤error* deadline 2024-12-15 before the budget year.
* kbx08-base-cost-over: B101 Sheet1!C5 ≤error* 120 ≠ 100 + 30; B107 Sheet1!F13 ≤warning
  (row)* 300元/亩 × 5000亩 = 150万 above 120万.
* kbx10-base-near-duplicate: Y103 Sheet1!B7 ≤warning* 2024年 left in the goal; D103 Sheet1!C12
  ≤warning (row, alt D102, D101)* 杂交水稻制种基地面积 ≥2.8万亩 beside 制种面积 ≥3万亩.
* kbx12-base-stacked-defects: in the second project, B101 Sheet1!C19 ≤error* 80 ≠ 60 +
  10; D104 Sheet1!D24 ≤warning (row)* goal 3个基地 vs ≥2个; F201 Sheet1!C27 ≤warning
  (row, alt F105)* 基地周边农户满意度 under 社会效益指标.
* kbx14-lab-flat-weights: D104 Sheet1!E12 ≤warning (row)* goal 600批 vs 500;
  W101 book level ≤error* weights 95.
* kbx16-lab-department-defects: B102 Sheet1!D8 ≤error* 40 + 25 ≠ 70; D103 Sheet1!C14 ≤warning (row,
  alt D101, D102, F201)* 执法抽检种子批次 under 质量 beside 种子执法抽检批次 under 数量;
  T105 Sheet1!D15 ≤error (alt D104) 结案率 given as 12件.
* kbx18-lab-two-years: Y104 Sheet1!F4 ≤error (row, alt Y102)* end 2024-12-31 before the
  start 2025-01-01; D202 Sheet1!E14 ≤warning* 培训检验员 200人次 copied from 中期 into 年度.

(Exact cells are in the marks; ``marks_off_their_cells`` checks them.)

Legitimate look-alikes in the correct returns (kbx01, 03, 05, 07, 09, 11, 13, 15, 17):
typed percent cells (kbx01 ``pct(0.95)``, ``pct(0.99)``, ``pct(0.9)``); a goal count that is part of
an indicator's total (kbx01 其中水稻800份, kbx17 60家含25家 with a footnote, kbx15 2000批（省级
1200批、市县800批）); the period's count in 中期 beside a smaller year's count and rates equal in
both columns (kbx03); tier points and indicator points both summing to 100 (kbx05); 提高≥3百分点
and 提高≥8百分点 on rates (kbx05, kbx09); a 下降率 with ≥ (kbx05, kbx09); a later year the work
prepares for (kbx05 为2026年…积累监测数据); 0起 / ≤0份 on incident and loss counts (kbx07,
kbx13); costs equal to their money (kbx03 1500元 × 1200份 = 180万, kbx05 47.5万 × 2座 = 95万,
kbx07 300元 × 4000亩 = 120万, kbx09 10万 × 26台 = 260万, kbx11 1500元 × 2000亩 / 800亩); the
same indicator name with different values in two stacked projects (kbx11); =100% on 合格率
(kbx05, kbx09, kbx11); fill dates in October 2024 (the autumn before the budget year).

Judgements where a reviewer could hesitate:

* D104 is marked at the indicator row, not at the goal text cell; a finding at the goal cell
  would miss the mark.
* kbx06's 2023年 and kbx10's 2024年 in the goal are leftovers (Y103 warning), while kbx05's 2026年
  is a later year the work prepares for and is not marked.
* kbx06's 2024-12-15 deadline is an error (Y102): a one-year 2025 project cannot end before it
  starts; kbx18's end date before the start is Y104 (Y102 accepted).
* kbx16's duplicate under two tier-2s is a near-duplicate with different values (D103, D101 /
  D102 / F201 accepted); it may also read as a count under 质量.
* kbx12's misplaced satisfaction rate is F201 (F105 accepted); the project keeps a proper
  满意度指标 row, so no F106.
* kbx07's time indicator is 兑付周期 ≤30工作日, not a date; kbx14's ``=`` 100 on 查处率 is the
  ceiling, not T107.
* kbx18's cost ≤4000元/平方米 × about 500平方米 = 200万 stays within the year's 260万.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout742 import germplasm, hybrid, inspection
from tests.variants.holdout742.registry import HOLDOUT742
from tests.variants.kit import Variant

MODULES = (germplasm, hybrid, inspection)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT742, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 742nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
