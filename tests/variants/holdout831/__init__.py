"""The 831st held-out set: mental health services (school counselling, hotline staffing,
community screening), 18 invented returns, 9 correct, written blind to goalbook's code.

Theme and places (all invented): 澄湾县, 梅汀市 and 栖梧区 school counselling
(``counselling``, kfi01–kfi06); 梅汀市 psychological hotline staffing (``hotline``,
kfi07–kfi12); 苇塘区 community mental health screening (``screening``, kfi13–kfi18). Budget
year 2026 throughout; fill and signature dates in late 2025.

Layouts: project heads (one-year and three-year, 中期 and 年度 columns), department heads with
budget and key tasks, an operator column as symbols or words with a unit column, typed percent
cells, headers 考核指标 · 绩效标准, 绩效目标值 and 预期实现值, a budget-system export with a
project-code column on a second sheet, stacked projects, numbered tier labels with points,
labels with * and ★ and abbreviations, tier-1 and indicator score columns, flat department lists
(指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), instruction, 注, 说明 and 填表说明 rows, a
header repeated after a page break, signature and stamp lines.

Planted mistakes (code, highest accepted severity, place):

* kfi02-counsel-goal-count: D104 ≤warning row (goal 15所, indicator ≥12所); Y102 ≤error at the
  deadline 2025年12月31日前 of a 2026 project; B107 ≤warning at ≤8万元/所 (× 12 = 96 > 80).
* kfi04-counsel-group-period: D204 ≤warning at the 年度目标 cell (copied from 中期); D201 ≤error
  at the annual ≥400人次 (period ≥300人次); D202 ≤warning at the annual ≥120场 (copied).
* kfi06-counsel-department: B102 ≤error at 金额合计 160 (60 + 40 + 50 = 150); Y103 ≤warning
  (alt Y101) at the 年度总体目标 naming 2025年度 events; F201 ≤warning row (a 满意度 under
  社会效益指标).
* kfi08-hotline-staff-count: D104 ≤warning row (goal 24名, indicator ≥20人); T108 ≤warning row
  (来电呼损率 ≥5%).
* kfi10-hotline-marked-labels: D102 ≤error row (alt D103, D101: 夜间坐席在岗率 ≥90% after
  夜间时段坐席在岗率 ≥95%); F109 ≤warning row (template tier-2 时效 left empty).
* kfi12-hotline-years: Y104 ≤error (alt Y102) at 计划完成日期 2025-12-31; Y103 ≤warning (alt
  Y101) at the 年度目标 naming 2025年; Y102 ≤error at 2027年3月31日前 in a one-year project.
* kfi14-screening-flat-goal: D104 ≤warning row (goal 30000人, indicator 25000); W101 ≤error
  book level (weights add to 95).
* kfi15-screening-stacked: D101 ≤warning row (alt D103: the same screening count under 数量 and
  社会效益); B101 ≤error at the second project's 年度资金总额 30 (20 + 15 = 35); F201 ≤warning
  row (转介及时率 under 数量指标).
* kfi18-screening-period-wrong: B103 ≤error at 年度资金总额 300 (中期 250); D104 ≤warning row
  (中期目标 60000人, 中期 indicator ≥45000人); D202 ≤warning (alt D104) at the annual ≥600人次.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ and 5万元/所 × 12 within 80万元
(kfi01); a 2029 推广 year in a 2026–2028 goal and period counts three times the year's (kfi03);
the same indicator with different values in two stacked projects (kfi05); ≤0起 on an incident
count and 5万元 × 10人 within 60万元 (kfi07); a second-sheet export table with codes (kfi09); 100
at both score levels and ≥5百分点 (kfi11); a flat list without tiers, 30000人 × 20元 = 60万元
equal to its task (kfi13); =100% as text on a completeness rate, an instruction row inside the
table, a repeated header and a footnote whose parts add to the total, a 2025 signature date
(kfi16); a goal's 独居老人6000人 that is a part of the 18000 indicator (kfi17).

Judgements: D104 marks are placed on the indicator row, with the goal cell tolerated (``ok``);
a deadline or plan date outside a one-year project is an impossibility (error); the copied
annual count in kfi18 also contradicts the 年度目标 (D104 accepted); 夜间坐席在岗率 against
夜间时段坐席在岗率 is one indicator with two values (D102, the near-duplicate codes accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout831 import counselling, hotline, screening
from tests.variants.holdout831.registry import HOLDOUT831
from tests.variants.kit import Variant

MODULES = (counselling, hotline, screening)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT831, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 831st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
