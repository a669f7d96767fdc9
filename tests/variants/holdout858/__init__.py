"""The 858th held-out set: 18 invented returns on **legal aid** (free legal consultations,
legal aid cases for migrant workers, community legal advisers), with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Everything is invented (砚湖市, 棠川区,
柘峰县, 梅汀镇; units, projects, people, phone numbers, figures). Budget year 2026 throughout.

Modules: ``consult`` (kgj01–kgj06, free consultations), ``migrant`` (kgj07–kgj12, migrant
workers' cases), ``advisers`` (kgj13–kgj18, community legal advisers); ``common`` holds the
shared helpers, ``registry`` the set's own registry.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format in
kgj06, kgj08, kgj11), department heads with budget and key tasks (kgj03, kgj04, kgj13, kgj14),
flat lists (kgj03: 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; kgj04: 指标名称 ·
指标值 · 指标性质 as direction · 计量单位 · 权重), an operator column (kgj01, kgj08), 指标性质
as direction beside 指标方向 as operator in words (kgj11), 中期 and 年度 columns (kgj07, kgj10),
stacked projects (kgj09, kgj16), a budget-system export with unit and project codes and the
table on a second sheet (kgj05), header words 指标内容 / 绩效标准 (kgj02), 绩效目标值 (kgj05),
a two-row header 绩效指标 / 预期目标 (kgj17), numbered, pointed, marked (*, ★) and abbreviated
tier labels (kgj01, kgj02, kgj12, kgj17), subtotal rows and a header repeated after a page
break (kgj15), notes, 填表说明, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgj02-grid-years: Y103 ≤warning at the 年度绩效目标 cell (alt Y101): the goal says 2025 in a
  2026 return; D103 ≤warning (row; alt D101, F201) at 免费法律咨询服务人次 under 质量, the
  same count as 免费法律咨询人次 under 数量; Y102 ≤error at the value `2025年12月31日前`
  (alt Y103), a deadline before the project starts.
* kgj04-aiddesk-flat: T108 ≤warning (row) at 受援人投诉率 `≥2%` marked 反向; W101 ≤error
  (book level): weights add to 95.
* kgj06-elderly-artefacts: X104 ≤warning at 计划完成日期 `46387` typed as text; D104 ≤warning
  (row) at 联系卡 `≥1000张`, the goal says 1200张; B107 ≤warning (row) at `≤300元/户次`: × 600户次
  = 18万元 > 15万元.
* kgj08-site-wages-cost: D104 ≤warning (row) at 案件办理数 250, the goal says 300件; T105
  ≤error at 案件结案率 280 (件); B107 ≤warning (row) at 案均办案补贴 2000: × 250 = 50万元
  (× 300 = 60万元) > 45万元.
* kgj10-stations-period: D204 ≤warning at the 年度目标 cell, copied from 中期目标; D201 ≤error
  at the annual `≥36个` above the period's `≥30个`; D202 ≤warning at the annual `≥360场`
  copied from 中期.
* kgj12-lawyer-team-tiers: F201 ≤warning (row) at a head count under 质量指标; F201 ≤warning
  (row) at 援助案件质量评查合格率 under 时效指标; T106 ≤error at 参训人员满意度 `≥100%`.
* kgj14-county-money: B101 ≤error (row) at 资金总额 380: 基本支出 260 + 项目支出 130 = 390;
  B102 ≤error at 金额合计 130: tasks 72 + 40 + 22 = 134; F201 ≤warning (row) at a
  satisfaction rate under 社会效益指标.
* kgj16-duty-stacked: Y103 ≤warning (alt Y101) at the second project's goal naming 2025;
  D102 ≤error (row; alt D101, D103) at 法律顾问驻点服务时长 given again as 120 hours (96 above).
* kgj18-leaders-template: F110 ≤error at the empty name of the `≥32个` row; F109 ≤warning
  (row) at the empty 社会成本指标; X101 ≤error (row) at the template example `≥XX%`.

25 required marks, 18 of them found only by comparing parts of the return (goal against
indicator, years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost against
money, parts against totals, a template leftover).

Legitimate look-alikes in the correct returns: kgj01 tier points (50/10/30/10) and indicator
points both adding to 100, `提高≥ │ 5百分点`, the goal's 4000人次 a part of the 6000人次 it
also gives, 60元 × 6000人次 = 36万元 equal to the money; kgj03 `受援人投诉下降率 ≥ 10%`, `≤ 0起`
on incidents, 2500元 × 480件 = 120万元 = 项目支出, a 合计 weight row; kgj05 `=100%` and
270元 × 2400天 = 64.8万元; kgj07 period counts three times the year's, rates and cost caps
equal in both columns, `为2029年纳入常态化经费保障` (a later year the work prepares for);
kgj09 受援人满意度 `≥90%` and `≥92%` and 案均代理补贴 in two stacked projects; kgj11 `0起`,
a 下降率 with 大于等于, a part (工伤 30件) of a total (80件), costs 39万元 within 40万元;
kgj13 a footnote explaining the 金额合计, a fill date in 2025; kgj15 subtotal, total and
repeated header rows, `提高≥5百分点`; kgj17 `100%` typed (1 in a percent format) on a 覆盖率,
★ names, 66万元 = 省级补助 40 + 县级配套 26.

Judgements where a reviewer could hesitate: kgj10's copied 年度目标 also contradicts the annual
counts (30个 / 36个, 1500件 / 500件): D104 there is tolerated at warning, not asked for;
kgj02's near-duplicate sits under 质量, so F201 is accepted in its place; kgj06's serial is
a text cell holding 2026-12-31 (X104 warning, not a year error); kgj08's cost exceeds the
money with either count; kgj16's duplicate is in the second stacked project only, the first
project's indicators are its own; kgj05 repeats the codes in every row as exports do, with the
tiers merged down; bare typed percents without an operator (kgj15) are read as the target
(info at most).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout858 import advisers, consult, migrant
from tests.variants.holdout858.registry import HOLDOUT858
from tests.variants.kit import Variant

MODULES = (consult, migrant, advisers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT858, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 858th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
