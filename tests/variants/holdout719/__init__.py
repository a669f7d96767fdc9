"""The 719th held-out set: 18 invented returns of a county meteorological bureau (漳屿县气象局,
one department return from 桐岙县气象局): hail-suppression operations (kba01–kba06), an
agricultural weather-advisory service (kba07–kba12) and automatic weather stations
(kba13–kba18). Nine returns are correct; nine carry 2–3 planted mistakes (24 required marks),
most of them found only by comparing one part of a return with another.

Layouts: project heads with one-year and multi-year money blocks (中期 and 年度 columns),
department heads with shares and key tasks, operators inside the values, in their own column
(≥) or in words (大于等于) beside a unit column, numbered tier labels with points and an
indicator score column, marked and abbreviated labels (★产出, *效益, 数量) under a two-row
header, headers 指标内容 / 绩效标准 / 预期实现值 / 绩效目标值, two projects stacked in one
sheet, a flat department list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), budget-system
exports with project codes in the first columns and the header on the third row of a second
sheet, a money detail block above the table, note rows, a header repeated after a page break,
footnotes, 填表说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kba02-hail-new-points: D104 ≤warning, row of 新建标准化固定作业点 (年度目标 says 8, indicator
  ≥6); Y102 ≤error at the 作业点建成投用时间 date cell (2026-10-31 in a one-year 2025 project,
  alt Y103, D104); B107 ≤warning, row of 单个作业点建设成本 (35万元 × 6 = 210 > 180).
* kba03-hail-three-years: Y103 ≤warning at the 年度目标 cell (2023年度汛期 in a 2025–2027
  project, alt Y101); D202 ≤warning at the annual 作业人员培训 cell (≥300人次 copied);
  D201 ≤error at the annual 防雹作业点次 cell (180 above the period's 150).
* kba05-hail-export: B102 ≤error, row of the 合计 line on 部门项目支出预算05-1 (80+36+12 =
  128, not 138); F201 ≤warning, row of 弹药储存合格率 under 时效指标; D102 ≤error, row of the
  second 防雹作业有效率 under 社会效益 (≥85% / ≥80%, alt D101, D103, F201).
* kba08-advisory-goal-words: D104 ≤warning, row of 农业气象专题服务材料 (goal 120期, ≥100期);
  X101 ≤error at the 农业气象培训班 value ≥**期 (template example row left); F201 ≤warning,
  row of 新型经营主体满意度 under 社会效益指标.
* kba10-advisory-two-years: Y102 ≤error at the 计划开始日期 cell (2024-03-01 for a 2025–2026
  project, alt Y101); B103 ≤error at the 年度资金总额 cell (120 > 中期 90); D204 ≤warning at
  the 年度目标 cell (the 中期目标 text copied, alt D104).
* kba11-advisory-seasons: B101 ≤error at the second project's 年度资金总额 (30 ≠ 22 + 6); Y102
  ≤error at 专题服务材料发布截止时间 2024年10月31日前 (last season's deadline, alt Y103, Y101).
* kba14-aws-network: B107 ≤warning, row of 单站建设成本 (9万元 × 15 = 135 > 年度 120);
  D104 ≤warning, row of 新建区域自动气象站 (中期目标 45, 中期 indicator ≥40); D103 ≤warning,
  row of 自动站小时数据到报率 (≥95% beside 自动站数据到报率 ≥98%, alt D101, D102).
* kba15-aws-department: B102 ≤error at the 金额合计 amount (60+50+20 = 130, not 140); D104
  ≤warning, row of 维护区域自动气象站 (goal 62, indicator ≥58).
* kba17-aws-export: F201 ≤warning, row of 单站年度维护经费 under 数量指标; Y102 ≤error at
  汛前站点巡检完成时间 2024年5月31日前 in a 2025 table (alt Y103, Y101).

Cross-table marks (goal against indicators, years, 中期 against 年度, duplicates, tier-2 fit,
cost against money, parts against totals, leftovers): 23 of the 24, all but kba08's X101.

Legitimate look-alikes in the correct returns: 防区雹灾损失下降率 ≥10% and =0起 on 作业安全事故
(kba01, kba04, kba03's annual 0起 tolerated); typed percents pct(0.9) / pct(0.98) / pct(0.95)
(kba01, kba07, kba09, kba13); the same 作业安全事故 indicator in two stacked projects (kba04);
unit cost × count equal to the money (kba04: 2400元 × 300 + 300元 × 800 = 96万元; kba13:
1.5 × 60 = 90; kba16: 5 × 16 = 80 and 5 × 10 = 50; kba18: 0.2 × 60 = 12, the detail line);
tier-1 scores and indicator scores both adding to 100 (kba06, kba13); rates raised in 百分点
(kba06, kba07, kba13); shares that match (kba06); a footnote explaining 上年结转 in the total
(kba12); a goal count with its part in brackets (kba09: 1200户，其中500户); a later year the
work prepares for (kba09: 为2026年推广, kba16: 为2027年…积累); period counts above annual ones
(kba03, kba10, kba14, kba16); fill dates in the year before the budget year (signature lines).

Judgements where a reviewer could hesitate:

* A deadline or start date outside a one-year (or the stated multi-year) span is marked as an
  error (Y102): the table cannot be carried out as written. Last-season deadlines (kba11,
  kba17) accept Y103 and Y101 as well.
* A goal count against a smaller indicator count (D104) stays a warning: the indicator may
  count something narrower. The goal cell carries ok() so the finding may land there.
* The same indicator twice with different values (kba05) accepts error; a near-duplicate with
  a word more (kba14) stays a warning.
* kba10's copied 年度目标 also says 12个乡镇 against the annual ≥6个: D104 there is accepted as
  part of the D204 copy.
* kba03's 年度 =0起 equal to the 中期 =0起 is not a copied cumulative count (tolerated).
* In kba08 ≥**期 is the template's example left in place (X101); the 年度目标 says 6期.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout719 import advisory, hail, stations
from tests.variants.holdout719.registry import HOLDOUT719
from tests.variants.kit import Variant

MODULES = (hail, advisory, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT719, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 719th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
