"""The 702nd held-out set: 18 invented returns of a community mental-health screening
programme, a psychological hotline and counsellor training for schools, written blind (from
domain.md, the variant README, ``kit.py``, ``heads.py`` and the rule catalogue only), with a
careful reviewer's marks. Its aim is checks across the table: goal text against indicators,
years and dates, 中期 against 年度, duplicates, tiers, cost × count against money, parts
against totals. Budget year 2025 throughout; all places, units, people and figures invented.

Layouts: project heads (one-year, two- and three-year with 中期/年度 money and goals),
department heads with budget and key tasks, OLD-NAT and NAT-2021 tiers merged down, numbered
labels (``一、产出指标``, ``（一）``, ``1.``), labels with points, ``*`` and ``★``, abbreviated
labels (产出, 数量), operator and unit columns, 指标性质 as direction beside 指标方向 as
operator, a tier-1 score column, flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值),
a two-row header with 中期 and 年度, headers 考核指标 / 目标值（年度） / 预期实现值, two projects
stacked in one sheet, a table on a second sheet, a budget-system export (sheets 05-1 and 05-2,
header on the third row, project codes in the first columns), notes, subtotal, total,
repeated header and signature rows.

Planted mistakes (code, highest accepted severity, place):

* kaj02-screening-goal-count: D104 ≤warning at the 早期筛查人数 value, row (goal: 15000人,
  indicator ≥10000人); B101 ≤error at 年度资金总额 (60 + 20 ≠ 90); B107 ≤warning at the
  人均筛查成本 value, row (100元/人 × 10000人 = 100万元 > 90万元).
* kaj04-screening-copied-period: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D202 ≤warning at the annual 老年人筛查人数 (the three-year count copied); D201 ≤error at the
  annual 入户随访人次 (4000 > the period's 3000).
* kaj06-screening-department: B102 ≤error (alt B101) at the 金额合计 amount (96 + 70 + 44 =
  210 ≠ 220); D103 ≤warning (alt D101) on the 社会效益 row 居民心理健康筛查人数, the 数量
  indicator's twin (its first occurrence tolerated up to a warning).
* kaj08-hotline-goal-dates: D104 ≤warning at the 年度接听来电量 value, row (goal 6000通,
  indicator ≥5000通); Y102 ≤error (alt D104) at 热线平台升级完成时间 ``2026年3月31日前`` (a
  one-year 2025 project; the goal says 2025年9月30日前); F201 ≤warning on the 来电者满意度 row
  under 社会效益指标.
* kaj10-hotline-points-wrong: W103 ≤error at ``一、产出指标（50分）`` (15 + 10 + 10 + 10 = 45);
  D103 ≤warning (alt D101, D102) on the 时效 row 来电接通率, the 质量 row 热线来电接通率 with
  another value (tolerated up to a warning there); W101 ≤error at file level tolerated (95,
  caused by the same shortfall).
* kaj12-hotline-export: Y103 ≤warning on the 05-1 row holding the goal (``2024年全年接听…`` in
  a 2025 return, left from last season); T105 ≤error at ``50例`` for 危机来电转介完成率.
* kaj14-training-flat-wrong: W101 ≤error at file level (weights add to 95); D102 ≤error (alt
  D103, D101) on the row 培训合格率 ≥90%, the same indicator as 参训教师培训合格率 ≥95% (that
  cell tolerated up to a warning).
* kaj16-training-wrong-tier: F201 ≤warning on 培训班开班期数 under 质量指标 (a count); F201
  ≤warning on 参训教师考核合格率 under 时效指标 (a quality rate); B107 ≤warning at the
  人均培训费用 value, row (2000元/人 × 500人 = 100万元 > 60万元).
* kaj18-training-stacked-wrong: in the second project, B101 ≤error at its 年度资金总额 (50 + 10
  ≠ 70); D104 ≤warning at 覆盖中小学校数 ``≥45所``, row (goal: 40所).

22 required marks, of which 21 compare one part of the return with another.

Look-alikes in the correct returns (kaj01, 03, 05, 07, 09, 11, 13, 15, 17): a goal count with
its part in brackets and a later year the work prepares for (kaj01: 为2026年全区推广积累经验,
a one-year 2025 project), typed percent cells with % in the unit column and ``=100%`` (kaj01,
kaj13), a 时效 date cell inside the year (kaj01); the period's counts beside smaller annual
counts, equal rates and unit costs in both columns, 2026 named in a 2025–2027 goal (kaj03,
kaj15), a 2026 deadline in the 中期 column of a 2025–2026 project (kaj15); the same indicator
name with different values in two stacked projects (kaj05, kaj18); a 下降率 with ≥ and ``≤ 0
起`` on an incident count (kaj07); tier and indicator scores both adding to 100 and ``≥3百分点``
on a rate change (kaj09); a footnote explaining the total, 填表说明 and signature dates in 2024
(kaj11, kaj12, kaj17); subtotal, total, note and repeated header rows (kaj17); unit cost ×
count equal to the money (kaj05 second project, kaj11, kaj17, kaj18 first project) or within
it (kaj01, kaj03, kaj07, kaj09, kaj13, kaj15).

Judgements where a reviewer could hesitate:

* Goal count against indicator count (kaj02, kaj08, kaj18) is a warning: the text and the table
  disagree, but which is right needs asking. A next-year deadline in a one-year project
  (kaj08) is an error: it cannot be met within the budget year.
* B107 is a warning (a standard is a cap, not the spend), even when it overshoots clearly.
* D201 (annual above the period for a cumulative count) is an error; copies (D202, D204) are
  warnings.
* Near-duplicates with different values: a warning where the names differ in a qualifier and
  sit under different tier-2s (kaj06, kaj10); an error in kaj14, where a flat list gives one
  pass rate two targets.
* kaj12: a year in the goal text one year before the budget year is Y103 (a warning), not
  Y101: the title and the budget year agree.
* ``阳性个案建档率 =100%`` (kaj01) and ``高危来电转介率 = 100 %`` (kaj07) sit at the ceiling.
* kaj06's tier row ``热线每日服务时长 =24小时`` is a service standard, not a cost cap.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout702 import hotline, screening, training
from tests.variants.holdout702.registry import HOLDOUT702
from tests.variants.kit import Variant

MODULES = (screening, hotline, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT702, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 702nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
