"""The 756th held-out set: 18 invented returns of a city emergency-management bureau
(檀川市应急管理局, invented), written blind to measure ``goalbook check`` out of sample.

Theme: hazardous-chemical enterprise inspections (``inspection``: kcl01-kcl06), a work-safety
training for small businesses (``training``: kcl07-kcl12) and a flood-season rescue-supplies
reserve (``reserve``: kcl13-kcl18). Budget year 2026 throughout; money in 万元, mostly with the
unit only in the number format.

Layouts: project heads with one-year and multi-year (中期/年度) money blocks; department heads
with key tasks and 金额合计 (kcl04, kcl10, kcl16, the last with a share row); numbered tier
labels with points and an indicator score column (kcl01); a tier-1 score column (kcl18);
operator column (指标性质) and unit column (kcl06, kcl07); header words 考核指标 /
目标值（年度） / 评价标准 (kcl08), 预期实现值 on a second sheet (kcl11), a two-row header repeated
after a page break with abbreviated labels (kcl12); flat lists with weights (kcl04, kcl10);
stacked projects (kcl02, kcl14); a budget-system export with codes in the first columns and
sheets 05-1 / 05-2 (kcl05); a detail block under the table (kcl13); * and ★ labels (kcl16);
注 / 填表说明 / 说明 rows, signature and fill-date lines (kcl01, kcl06, kcl07, kcl12, kcl13).

Planted mistakes (25 required marks; code, highest accepted severity, place):

* kcl02-hazchem-stacked: D104 ≤warning at Sheet1!D23 (alt D103): the second project's goal
  says 抽检60家, the indicator ≥80家; D102 ≤error, row 25 (alt D103, D101, F201): 仓储企业抽检
  发现问题整改率 ≥85% under 时效 repeats 抽检发现问题整改率 ≥90% under 质量 with a word more.
* kcl03-hazchem-three-years: D201 ≤error at Sheet1!E11 (alt D104): annual ≥400家次 above the
  period's ≥360家次 (and the 年度目标's 120); Y102 ≤error at Sheet1!E14 (alt Y103, Y101): a
  2025 deadline in a 2026-2028 project. Tolerated: any warning at E15 (0.4万元 × 400 exceeds
  the annual money only because of the 400).
* kcl08-training-assessment-header: D104 ≤warning at Sheet1!D10 (goal 2000人次, indicator
  ≥1200人次); B107 ≤warning at Sheet1!D13 (1.5万元/场 × 100场 = 150 > 120); T108 ≤warning, row 15
  (培训对象投诉率 ≥2%).
* kcl10-training-flat-wrong: B101 ≤error at Sheet1!B4 (基本 200 + 项目 360 = 560 ≠ 540); B102
  ≤error at Sheet1!D9 (tasks 180 + 120 + 80 = 380 ≠ 金额合计 360); D102 ≤error, row 17 (alt D103,
  D101, D104): 小微企业负责人培训人数 1200 repeats 小微企业主要负责人培训人数 1500.
* kcl11-training-second-sheet: Y102 ≤error, 项目信息 row 4 (alt Y101): plan dates 2025-03-01 …
  2025-12-31 under a 2026 title; T105 ≤error at 绩效指标!D4 (培训考核合格率 1350人); X104
  ≤warning at 绩效指标!D5 (text "46387", a date serial).
* kcl14-reserve-stacked-wrong: B107 ≤warning at Sheet1!D12 (15万元/艘 × 8艘 = 120 > 96); B101
  ≤error at Sheet1!C19 (second project 45 ≠ 30 + 10); D103 ≤warning, row 26 (alt D101, D102,
  F201): 物资定期盘点次数 under 时效 repeats 库存物资盘点次数 under 数量.
* kcl15-reserve-period-copied: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning
  at Sheet1!E11 and Sheet1!E12 (≥18艘, ≥6000件 copied into 年度 of a three-year project).
* kcl17-reserve-wrong-tier2: Y103 ≤warning at Sheet1!B7 (年度目标 names the 2025 flood season);
  F201 ≤warning, row 12 (a count under 质量指标) and row 16 (a satisfaction rate under 社会效益).
* kcl18-reserve-points-wrong: D104 ≤warning at Sheet1!E9 (goal 3000件, indicator ≥2000件);
  T106 ≤error at Sheet1!E11 (typed 105% on 完好率); W103 ≤error at Sheet1!B14 (alt W101): 效益
  30分 but 15 + 10 = 25 under it.

Legitimate look-alikes in the correct returns (kcl01, kcl04, kcl05, kcl06, kcl07, kcl09, kcl12,
kcl13, kcl16): tier points and indicator points both adding to 100 with a 合计 row (kcl01);
下降率 with ≥ (kcl01, kcl04, kcl06, kcl07, kcl08's too); 0起 / ≤0起 / =0起 on incident counts
(kcl01, kcl04, kcl05, kcl06, kcl13, kcl16); rises in 百分点 (kcl01, kcl05, kcl07); =100% at the
ceiling; typed percents with an operator column (kcl07) and a typed 100% (kcl01, kcl05); a
date cell after ≤ (kcl07); unit cost × count equal to or within its money (kcl01 0.4 × 120 =
48, kcl05 5.5 × 42 ≤ 240 and 1.5 × 50 = 75, kcl06 0.3 × 148 ≤ 52, kcl07 600元 × 1500 = 90万,
kcl12 0.6 × 60 = 36, kcl13 12 × 6 = 72 = its detail line); a goal count given with its part
(kcl06 148家（其中重点监管36家）, with a 注 row saying so), a goal total with its parts in
brackets (kcl09 1500人次（600 + 900）, kcl13 2400平方米 = 1800 + 600); a later year the work
prepares for (kcl04 2027, kcl09 2028 after a 2026-2027 period); period counts above the year's
beside equal rates and unit costs (kcl09); the same indicator name with different values in
two stacked projects (kcl02 受检企业满意度, kcl14 使用单位满意度) or in two exported projects
(kcl05); fill and signature dates in 2025 (kcl01, kcl06, kcl07, kcl12, kcl13).

Judgements where a reviewer could hesitate:

* kcl02 / kcl10 / kcl14: a duplicate with a word more or less and a different value is marked
  D102 (error, a structure that cannot be: one measure, two targets); with the same value
  (kcl14) D103 warning. F201 is accepted as an alternative where the copy sits under a tier-2
  it does not fit.
* kcl03: the 2025 deadline is marked Y102 error since it falls before the project starts; the
  goal/indicator clash of the 400家次 is the same problem as D201 (D104 accepted).
* kcl11: the plan dates are marked once as a row mark (start and end are on one row); the
  indicator dates (46387 = 2026-12-31) are in the budget year, so no second year finding.
* kcl17: the 2025 in the 年度目标 is a leftover, but only text: warning, not an error.
* kcl08: B107 stays a warning: ≤1.5万元/场 is a cap, the real spend may be lower.
* kcl03 and kcl15: 0起 / =100% / rates equal in 中期 and 年度 are not copied counts.
* kcl16's share row (100.00%, 87.30% …) sits under the amounts without a label, as offices
  send it; each share is its amount / 1260 rounded to two decimals.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout756 import inspection, reserve, training
from tests.variants.holdout756.registry import HOLDOUT756
from tests.variants.kit import Variant

MODULES = (inspection, training, reserve)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT756, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 756th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
