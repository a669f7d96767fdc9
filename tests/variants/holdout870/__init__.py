"""The 870th held-out set: 18 invented returns on ecological forest rangers, with a careful
reviewer's marks. Theme: ranger posts for poverty-alleviated people (``posts.py``), patrol days
(``patrol.py``) and forest fire reports (``fire.py``); places, units, people, phone numbers and
figures are invented (栖桐县, 枫台乡, 岩穗镇, 雾杉县, 柘岭国有林场). Nine returns are correct,
nine carry 2–3 planted mistakes (23 required marks, 21 of them found only across the table).

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with tasks and 金额合计, a transfer-payment 区域绩效目标表 (中央补助 + 地方资金, ★ core
indicators), two stacked projects in one sheet (twice), two flat department lists, a
budget-system export (detail lines on 05-1, indicators on 05-2 under codes), a two-row header
with tier and indicator scores, operator columns as symbols or words, unit columns, numbered,
pointed, starred and abbreviated tier labels, notes, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgv02: D104 ≤warning row of 选聘脱贫人口生态护林员 (goal 260名, indicator ≥280人); F201
  ≤warning row of 补助资金发放及时率 under 质量; B107 ≤warning row of the stipend standard
  (1.2万元 × 260 > 260万元; alt D104, the goal says 1万元).
* kgv04: D102 ≤error row of 生态护林员选聘人数（脱贫人口） 280 against 脱贫人口生态护林员选聘人数
  300 (alt D103, D101, D104); B102 ≤error at 金额合计 495 (tasks 360 + 85 + 40 = 485).
* kgv06: X101 ≤error row of the template's example row ``≥**人次``; Y102 ≤error row of the
  deadline 2025年12月31日前 in a 2026 return (alt Y103, Y101).
* kgv08: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the 年度
  累计巡护 60000 above the period's 57600; Y102 ≤warning at the 年度 deadline 2027年6月30日前
  copied from 中期 (alt Y103, D202).
* kgv10: B101 ≤error at the second project's 年度资金总额 80 (60 + 15 = 75); D104 ≤warning row of
  配发巡护智能终端数量 ≥100台 (goal 120台).
* kgv12: W103 ≤error at 二、产出指标（50分） (indicators 45; alt W101); F201 ≤warning rows of
  护林员年人均巡护天数 under 质量 and 护林员巡护到岗率 under 时效.
* kgv14: Y101 ≤error row of the plan dates 2025-01-01…2025-12-31 under a 2026 title (alt
  Y102); D104 ≤warning row of 新建火情视频监测点 ≥18个 (goal 24个); F201 ≤warning row of a
  satisfaction rate under 社会效益指标.
* kgv16: B102 ≤error at 05-1 合计 65 (12 + 30 + 18 = 60); D101 ≤warning row of
  火情核查反馈及时率 repeated under 质量 (alt D103, F201).
* kgv18: F110 ≤error at the empty name cell of a ≥96人 row; F109 ≤warning row of the empty
  可持续影响指标; D104 ≤warning row of 火情核查到场时限 ≤30分钟 (goal 20分钟内).

Legitimate look-alikes in the correct returns: 100 points both ways (tier labels and 分值 in
kgv01, tier score column and indicator scores in kgv11) with a footnote explaining the total;
the goal's 新增25名 / 新聘30名 as parts of the indicator's total (kgv01, kgv05); cost standards
× count within or equal to the money (300 × 1.2 = 360 ≤ 366, 450 × 1 ≤ 540, 28800 人·天 × 30元
= 86.4万 ≤ 96, 12 × 4 = 48 = 48); 2029 in a 2026–2028 goal as a year prepared for (kgv03);
period counts beside smaller year counts and equal rates, unit costs and stock counts
(年均在岗人数) in 中期 and 年度 (kgv03, kgv17); a 下降率 with 大于等于 and a 未整改率 with 小于等于
(kgv07); ``=100%`` kept as text on 及时率 and 合格率 at the ceiling; ``0起`` / ``= 0 起`` on a
serious-fire count (kgv05, kgv13); ``≥5百分点`` (kgv11); 护林员满意度 with different values in
two stacked projects (kgv09); a 金额合计 note that the total excludes 基本支出 and a header row
repeated after a page break (kgv15); fill dates in the year before the budget year.

Judgements where a reviewer could hesitate: kgv02's stipend standard is marked B107 because
1.2 × 260 already exceeds the money, the goal's 1万元 makes it also a D104; kgv08's 2027
deadline in the 年度 column is only a warning since it lies inside the project period; kgv14's
plan dates are an error (a 2026 return planned for 2025); the duplicate in kgv04's flat list is
an error because the two values contradict each other; kgv12's W103 may come as W101 because
the points then total 95.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout870 import fire, patrol, posts
from tests.variants.holdout870.registry import HOLDOUT870
from tests.variants.kit import Variant

MODULES = (posts, patrol, fire)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT870, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 870th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
