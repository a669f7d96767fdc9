"""The 600th held-out set: 刺梨 (Rosa roxburghii) orchards and a juice plant, and 板蓝根 herb
fields with a drying shed, in an invented county (岑梁县: 雾杉乡, 榴坪乡, 坳岭). 18 returns, 9
correct, 24 required marks; this set's aim is checks across the table (20 of the 24 marks need
one part of the return compared with another).

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; NAT-2021 and OLD-NAT tiers merged down; operator and unit columns;
operators in words with a 正向/反向 column (el18); numbered tier labels with points and ★ (el07);
headers 指标内容/绩效标准 (el10), 考核指标/目标值（年度）/评价标准 (el06), 预期实现值 on a second
sheet (el12); 中期 and 年度 columns (el03, el04, el11); stacked projects (el05, el16); flat
department lists (el09; el17 with 实施周期 and 年度 columns); a budget-system export with codes
and the header on the third row of a second sheet (el15); notes, 填表说明, a subtotal row and
signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* el02: D104 ≤warning, row of 刺梨鲜果收购量 (goal 3000吨, indicator 1800吨; D104 also accepted,
  not required, at the goal cell); T108 ≤warning, row of 果汁灌装损耗率 ``≥3%``; B107 ≤warning,
  row of 原汁加工补贴标准 (0.15万元/吨 × 1000吨 = 150 > 120).
* el04: D201 ≤error at the 年度 cell of 低产园嫁接改良面积 (1500 > 1200; alt D104); D202
  ≤warning at the 年度 cell of the training count copied from 中期 (alt D104). The cost row's
  年度 cell tolerates a warning (the wrong 1500亩 × unit cost exceeds the money).
* el06: F201 ≤warning, row of 出水水质达标率 under 时效指标; Y102 ≤error, row of 改造完工时间
  (a 2025-10-31 date cell in a 2026 project; alt Y101, Y103, D104).
* el08: B101 ≤error at 年度资金总额 (60 + 15 ≠ 80); D104 ≤warning, row of 烘干棚建设数量 (goal
  2座, indicator 3座); B107 ≤warning, row of 烘干设备采购单价 (12万元 × 8台 = 96 > 80).
* el10: D102 ≤error, row of 板蓝根种植总面积 (1200亩 against 板蓝根种植面积 1000亩; alt D101,
  D103, D104; also accepted, not required, on the first row); D103 ≤warning, row of
  药农种植技术培训人数 under 社会效益 (alt D101, F201); F201 ≤warning, row of 药农满意度 under
  社会效益指标.
* el12: Y103 ≤warning at the 年度目标 cell (2025年秋季采收; alt Y101); D104 ≤warning, row of
  鲜根烘干量 (goal 1200吨, indicator 800吨); T105 ≤error at 烘干批次合格率 ``95批``.
* el14: B102 ≤error, 金额合计 row of the tasks (50 + 40 + 35 = 125 ≠ 120; alt B101); D104
  ≤warning, row of 药农技术培训人次 (goal and task 600人次, indicator 400人次); X101 ≤error,
  row of the template's example ``XX技术推广覆盖率 ≥XX%``.
* el16: B101 ≤error at the second project's 年度资金总额 (40 + 5 ≠ 50); Y102 ≤error, row of its
  秋季采收完成时间 ``2027年11月30日前`` in a one-year 2026 project (alt Y101, Y103).
* el18: D104 ≤warning, row of 刺梨原汁产量 (goal 800吨, indicator 600); T106 ≤error at
  原汁灌装合格率 typed 105%; T108 ≤warning, row of 鲜果腐损率 (反向, 大于等于).

Legitimate look-alikes in the correct returns: a goal count with its part on its own row
(el01 其中：良种示范园面积) and a total with its parts in brackets (el13); a later year the work
prepares for (el01 为2027年全县推广); the period's count in 中期 beside a smaller year's count and
a 中期 deadline in 2027/2028 (el03, el11); equal rates and unit costs in both columns (el03,
el11); a 下降率 with ≥ (el01, el09, el15); ``≤0起`` on an accident count (el09); points at both
levels adding to 100 with a 合计 row (el07); rates raised in 百分点 (el07, el11); a cost equal
to its money (el05 冷库 0.15万元 × 300立方米 = 45) and costs within it (el01, el03, el13, el14
烘干棚运维 11万元 × 3座 = 33 ≤ 35); the same indicator with other values in two stacked projects
(el05); a note row inside the table (el05, el13); fill dates in 2025 (department heads,
signature lines); typed percent cells (el01, el03, el09, el13, el15).

Judgements where a reviewer could hesitate:

* A goal's figure against an indicator's (D104) is doubtful, not impossible: warning. Only the
  indicator row is required; the goal cell accepts D104 without asking for it.
* B107 stays a warning: a cap × count above the money is a doubt, the actual spend may be lower.
* A deadline before the budget year (el06) or in the year after a one-year project (el16) cannot
  be met inside the project: error (Y102), with Y101/Y103 accepted.
* el10's 种植面积 / 种植总面积 is taken as one indicator with two values (D102, error); the
  training given once in 人次 under 数量 and once in 人 under 社会效益 is a near-duplicate
  (warning).
* el12's 2025年秋季采收 could be read as drying last autumn's roots in early 2026; taken as a
  leftover year (warning only).
* el04's 年度 training count equal to 中期 is a copy (D202) even though the goal says 300人次.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout600 import bureau, herbfield, orchard
from tests.variants.holdout600.registry import HOLDOUT600
from tests.variants.kit import Variant

MODULES = (orchard, herbfield, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT600, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 600th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
