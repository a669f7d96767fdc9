"""The 834th held-out set: 18 invented returns of employment services (job fairs, vocational
skills subsidies, public welfare posts) with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Places, units, people, phone numbers and figures are invented
(梧岭县, 澄川区, 沣阳市, 栖棠县, 碧峪区, 柘川县). Budget year 2025 throughout; fill dates in
late 2024.

Modules: ``fairs`` (job fairs, kfl01–kfl06), ``skills`` (skills subsidies, kfl07–kfl12),
``posts`` (public welfare posts, kfl13–kfl18); the shared helpers are in ``common``.

Layouts: project heads with one-year and multi-year (中期/年度) money blocks in 万元 carried
by the number format; department heads with budget and key tasks; operator and unit columns
(kfl01); one value column with operators inline; stacked projects (kfl03, kfl04); a flat
department list with 指标性质 as operator (kfl05); headers 考核指标 / 目标值（年度） / 评价标准
(kfl06), 预期实现值 (kfl11), 预期目标 (kfl16); two-row header (kfl17); tier labels numbered with
points (kfl09), with a tier score column (kfl10), abbreviated (kfl13), marked with * and ★
(kfl17); a table on a second sheet with project codes (kfl11); a budget-system export with the
header on the third row (kfl12); 注 / 说明 / 填表说明 rows, 小计 / 合计 rows, a header repeated
after a page break, signature and date lines (kfl11, kfl15).

Planted mistakes (return, code, highest accepted severity, place):

* kfl02-fair-goal-mismatch: D104 warning, row of 专场招聘会场次 (goal 36场, indicator ≥30场);
  Y102 error, row of the completion deadline 2026年3月31日前 in a one-year 2025 project;
  B107 warning, row of 单场招聘会补助标准 ≤5.5万元/场 (× 30场 = 165 > 150万元).
* kfl04-fair-stacked-defects: B101 error at the second project's 年度资金总额 80 (60 + 15 = 75);
  F201 warning, row of 参会企业满意度 under 社会效益指标; D102 error (alt D103, D101), row of
  现场达成就业意向的人数 ≥600人 against 现场达成就业意向人数 ≥800人 in the same project.
* kfl06-fair-live-headers: D104 warning, row of 服务求职人次 ≥15000 (goal 2万人次); F201
  warning, row of 直播岗位信息审核合格率 under 时效指标; Y103 warning (alt Y101), row of
  2024年直播带岗达成意向人数 (last season's indicator left in a 2025 return).
* kfl08-skills-apprentice-period: D204 warning at the 年度目标 cell (copied from 中期目标);
  D201 error at the annual 新型学徒制培训人数 ≥4500人 (period ≥4000人); D202 warning at the
  annual 参训企业数量 ≥60家 (copied from the period column).
* kfl10-skills-tier-scores: W103 error at the 产出指标 tier score 40 (indicators 35; W101
  tolerated at book level for the same slip); B107 warning, row of 人均培训补贴 ≤2000元/人
  (× 1500人 = 300 > 240万元); D103 warning (alt D102, D101), row of 培训考核合格率 ≥85% beside
  培训合格率 ≥90%.
* kfl12-skills-budget-export: B102 error at the 合计 280 of sheet 05-1 (200 + 40 + 30 = 270);
  Y102 error (alt Y101, Y103), row of 补贴资金拨付完成时间 2024年12月31日前 in a 2025 table.
* kfl14-posts-department-defects: B102 error at the tasks' 金额合计 960 (820 + 90 + 30 = 940);
  D104 warning, row of 公益性岗位开发数量 ≥400个 (goal 450个); F201 warning, row of 在岗人员满意度
  under 社会效益指标.
* kfl16-posts-template-year: F110 error at the empty name cell of the ≥150人 row; Y103 warning
  (alt Y101) at the 年度绩效目标 cell that still says 2024年.
* kfl18-posts-direction-period: T108 warning, row of 在岗人员违规违纪发生率 ≥2% (反向, both
  columns); D202 warning at the annual 公益性岗位开发数量 ≥400个 of a two-year project.

24 required marks; D104, Y102, Y103, B101, B102, B107, D102, D103, D201, D202, D204, F201 and
W103 (20 of them) are found only by comparing one part of the return with another.

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets
(kfl01 48场 incl. 12 and 10, kfl07 3000人次 incl. 1200, kfl13 320个 incl. 200 + 120, kfl15
260个 = 90 + 120 + 50 with 脱贫劳动力上岗 ≥200人 a part); typed percent cells (kfl01, kfl05,
kfl07), `=100%` at the ceiling; 招聘会现场安全事故 ≤0起 / =0 / 在岗人员安全事故 =0起 (kfl01,
kfl05, kfl15); 长期失业人员数量下降率 ≥5% (kfl05); 安置人员离岗率 ≤10% (kfl17); the same
indicator names with other values in the two stacked projects of kfl03 (and kfl04's first);
unit costs × counts within their money, some exactly equal (kfl04's first project: 4 × 10 =
40); monthly post subsidies × posts × 12 within the money (kfl13 691.2 ≤ 700, kfl14 810 ≤ 820,
kfl15 499.2 ≤ 530, kfl16 306 ≤ 320, kfl17 432 ≤ 450, kfl18 720 ≤ 760); period counts beside
smaller annual counts with rates, unit costs and time limits equal in both columns (kfl07,
kfl17, kfl18); points given both for the tier and the indicators adding to 100 both ways and a
rate raised by ≥3百分点 (kfl09); 为2026年全面推行…积累经验 in a one-year 2025 goal (kfl09);
fill and signature dates in 2024; 小计, 合计, 注, 说明, 填表说明 and a repeated header (kfl15,
kfl11); a 合计 weight row under a flat list (kfl05); 其他资金 0 in kfl04's first project.

Judgements where a reviewer could hesitate:

* A goal count above the indicator (kfl02, kfl06, kfl14) is a warning, not an error: the
  indicator may be a floor; the reviewer still asks which number is meant.
* A deadline outside the budget year of a one-year project (kfl02 next year, kfl12 the year
  before) is an error: the plan cannot be finished after it ends or before it starts.
* kfl04's two names differ by one 的 and carry 800 against 600: a conflicting duplicate (error
  accepted); kfl10's 培训合格率 / 培训考核合格率 differ by two characters: a near-duplicate,
  warning only.
* kfl10: the 产出 tier score 40 against 35 also leaves the indicator total at 95, not 100; W101
  is tolerated at book level, W103 at the tier score is required.
* kfl18: the period post count 400 equals the annual one although the goal places 800 people
  over two years; marked only as D202 at the annual cell. The 反向 rate with ≥ in both columns
  is one row mark.
* kfl16's goal still says 2024年: Y103 warning (alt Y101), at the goal cell.
* kfl12's money lines sit on their own export sheet; the 合计 row is the place of B102.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout834 import fairs, posts, skills
from tests.variants.holdout834.registry import HOLDOUT834
from tests.variants.kit import Variant

MODULES = (fairs, skills, posts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT834, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 834th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
