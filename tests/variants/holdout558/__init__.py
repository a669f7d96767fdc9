"""The 558th held-out set: rural domestic-waste sorting stations and compost sheds.

Eighteen invented returns of an invented county (栖梧县: 檀溪镇, 鹭原镇, 苇塘乡, 澄野镇, 枫岭片区),
budget year 2026, nine correct and nine with 2-3 planted mistakes (23 required marks).

Modules: ``stations`` (cv01-cv06, collection stations, transfer runs, a sorting centre),
``compost`` (cv07-cv12, 阳光堆肥房), ``county`` (cv13-cv18, stacked projects, flat department
lists, department money, a page break).

Layouts: project heads (heads.project_head) with 中期/年度 or year-only money blocks, 万元 in the
number format (cv01, cv11); operator and unit columns (cv01, cv02); operators inside the values
(cv03, cv05-cv10, cv12-cv14, cv17, cv18); 指标性质 as direction with 指标方向 as operator
(cv04); 考核指标 / 预期实现值 on a second sheet (cv05); a budget-system export with codes in the
first columns and the header on the third row of 「项目支出绩效目标05-2」 (cv06); tier-1 and
indicator score columns (cv07, cv08); three- and two-year projects with 中期 and 年度 columns
(cv09, cv10); tier labels with *, ★ core indicators and abbreviated tier-2s (cv11); numbered
labels 一、/（一）/1. (cv07, cv12); three and two projects stacked in one sheet (cv13, cv14);
flat department lists (cv15, cv16); department heads with task blocks (cv15-cv18); a header row
repeated after a page break with subtotal and total rows (cv18); 注/说明/填表说明 lines and
signature lines throughout.

Planted mistakes (code, highest accepted severity, place):

* cv02: B101 error at the 年度资金总额 cell (60 ≠ 45 + 12); T106 error at the 收集设施完好率
  value (a percent cell showing 105%); T105 error at 农户分类知晓率 ``3200`` 户.
* cv03: T108 warning, row, at 单吨转运费用 ``=185元/吨`` (= on a cost cap); T108 warning, row,
  at 收运车辆交通事故发生率 ``≥1%`` (反向 rate with ≥).
* cv06: X104 warning at the 计划开始日期 text ``46023`` (a date serial, 2026-01-01, stored as text)
  on 05-1; Y102 error at ``2027年6月30日前`` on 05-2 (a deadline after a one-year 2026 project).
* cv08: W103 error at the 产出指标 score 50 (its indicators add to 45); W101 tolerated on the
  book (the 95 total is the same gap); T107 warning at 服务对象满意度 ``=95%``.
* cv10: D202 warning at the annual cells of 覆盖自然村 and 处理易腐垃圾 (cumulative counts copied
  from the 中期 column of a two-year project); D201 error at 培训堆肥管护员 annual ``≥80人``
  against ``≥60人`` for the period.
* cv12: T105 error (alt T102) at 堆肥房使用率 ``正常使用``; F105 error at the tier-2 cell
  ``（二）时效指标`` filed under 三、效益指标.
* cv14: T105 error at 易腐垃圾分出率 ``≥450吨`` (first project); B101 error at the second
  project's 年度资金总额 36 (30 + 4 = 34); B107 warning, row, at 单座堆肥房建设成本 ``≤6万元/座``
  (8 × 6 = 48 above the money).
* cv16: W101 error on the book (flat-list weights add to 95); T112 error (alt T119) at
  易腐垃圾日处理能力 ``≥35吨`` with 座 in the unit column; T108 warning, row, at 收运投诉率 ``≥2``
  marked 反向.
* cv17: B101 error at 资金总额 300 (基本支出 120 + 项目支出 170 = 290); F110 error at the empty
  name cell of a 质量指标 row holding ``≥95%``; F109 warning, row, at the template tier-2
  生态环境成本指标 left without indicator or value.

Legitimate look-alikes in the correct returns: ``=100%`` / ``pct(1)`` on 合格率 and 覆盖率 (cv01,
cv11, cv15); typed percent cells with % also in the unit column (cv01, cv15); 下降率 with ≥
(cv04 其他垃圾产生量下降率, cv15); ``0`` 起 on an incident count (cv04 露天焚烧垃圾事件; also
``≤0起`` in cv03); 反向 with ≤ in a direction column (cv04); ``≥3百分点`` on a rate rise (cv07);
tier-1 points and indicator points both adding to 90 with a note that 预算执行率 is scored
apart (cv07); unit cost × count equal to the money (cv05 8 × 3 = 24, cv11 10 × 8 = 80, cv13
5 × 1.8 = 9) and notes explaining the rest of the money (cv01, cv03, cv04, cv07, cv15, cv18);
rates and unit costs equal in 中期 and 年度 while counts are lower in the year (cv09); the same
indicator names with different values in stacked projects (cv13); subtotal and total rows and a
repeated header (cv18); fill dates in 2025 (all, via the signature line; cv18 a date cell).

Judgements where a reviewer could hesitate: cv06's Y102 is an error because a one-year 2026
project cannot end in mid-2027; cv03's ``=185元/吨`` is T108 (a cost cap with =), not T107, which
concerns rates; cv08's W101 is tolerated, not required, because it is the 产出 gap counted again;
cv12's ``正常使用`` is a rate given as words (T105 per §4.2 rule 5, T102 accepted); cv14's B107 is
a warning because the cap is an upper bound the office may undershoot; cv16's T112 accepts T119
(the same unit clash seen from the name); ``每年11月30日前`` in cv09's 中期 column and
``11月30日前`` / ``10月31日前`` without a symbol are read as ≤ deadlines within the period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout558 import compost, county, stations
from tests.variants.holdout558.registry import HOLDOUT558
from tests.variants.kit import Variant

MODULES = (stations, compost, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT558, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 558th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
