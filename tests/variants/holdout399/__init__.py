"""The 399th held-out set: eye care and children's myopia prevention (眼科/近视防控).

The returns are invented (澄湾县, 枫岙区, 鹭汀市, 苇塘镇; units, projects, people, phones and
figures); budget year 2026, money in 万元 unless stated. Half on children's myopia prevention
(screening, classroom lighting, outdoor time, orthokeratology, amblyopia), half on eye care
(cataract, diabetic retinopathy, glaucoma, township eye clinics, day-surgery equipment).

Layouts: project heads with one value column (ws01, ws02, ws05, ws06, ws09, ws16), numbered
tier labels with points and a 分值 column (ws07, ws08), a table on a second sheet under
预期实现值 with money in 元 (ws10), 中期 and 年度 columns (ws11, ws12), 指标性质 (direction) and
指标方向 (operator) columns with a unit column (ws17, ws18), department heads with flat lists
(ws03, ws04) and with budget shares and key tasks (ws13, ws14), a budget-system export with
project codes in the first column, the header on the third row and repeated after a page
break, money on sheet 05-1 (ws15).

Planted mistakes (return, code, highest accepted severity, place):

* ws02: T106 error at 筛查覆盖率 (typed 104%); T105 error at 建档完成率 ``≥1.3万份``; T108
  warning (row) at 学龄前儿童近视发生率 ``≥3%``.
* ws04: T108 warning (row) at 学生近视新发率 with 大于等于; W101 error book level (weights 95).
* ws06: B101 error (row) at the second project's 年度资金总额 60 ≠ 45 + 10; B107 warning (row)
  at 每副镜片补助标准 ≤300元/副 × 2500副 = 75万元 > 60万元.
* ws08: W103 error at 产出指标（40分） (scores under it 45) and at 效益指标（30分） (25); F105
  error at tier-2 可持续影响指标 under 满意度指标.
* ws10: X103 warning at 财政拨款 ``1,130,000.00`` stored as text; X104 warning at the
  completion time ``46356`` (a date serial as text).
* ws12: D202 warning at the annual cells of two cumulative counts copied from 中期; D201 error
  at the annual 培训人数 150 above the period 120.
* ws14: B101 error (row) at 资金总额 620 ≠ 410 + 230; B102 error at 金额合计 230 ≠ 220.
* ws16: F110 error at the empty name of the ``≥12场`` row; F109 warning (row) at the empty
  tier-2 生态效益指标.
* ws18: T112 error at 义诊服务人次 ``35万元`` (unit column 人次); Y102 error at a completion
  date 2027-03-31 in a one-year 2026 project; T108 warning (row) at 术后感染发生率 with ≥.

Legitimate look-alikes in the correct returns: typed percent cells and ``pct(1)`` coverage
(ws01, ws11, ws13, ws17); ``≥0.5百分点`` / ``≥2百分点`` drops (ws01, ws07, ws13) and a flat
``百分点`` unit (ws03); ``=100%`` at the ceiling (ws09) and 等于 100 % (ws03); 0 起 with 小于等于
on incident counts (ws03, ws17); a 下降率 with 大于等于 (ws17); tier points and indicator points
both adding to 100 (ws07); the same indicator names with different values in two stacked
projects (ws05); a cost cap equal to the money (ws14's 3万元 × 40 = 120, in a wrong return but
not marked); fill dates in 2025; 注 / 说明 rows and signature lines; rates equal in 中期 and
年度 (ws11).

Judgements: ws02's typed 104% is T106 (error), not a formatting slip; ws06's B101 is marked at
the total's row since a finding may land at either money row; ws08's two W103 marks leave the
indicator scores adding to 100, so no W101; ws10's text amount adds up once read, so no B101;
ws07's ``术后视力≥0.3比例`` carries a threshold in its name that is not a target (no T110);
ws15's second page repeats the tier-1 产出指标, which is a continuation, not a duplicate.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout399 import clinics, offices, screening
from tests.variants.holdout399.registry import HOLDOUT399
from tests.variants.kit import Variant

MODULES = (screening, clinics, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT399, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 399th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
