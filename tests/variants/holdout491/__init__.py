"""The 491st held-out set: rabies (狂犬病) prevention, in two halves: dog vaccination and stray
dogs (犬只免疫, 流浪犬收容; ag01–ag06, ag15, ag16) and bite clinics with post-exposure shots
(狂犬病暴露预防处置门诊, 暴露后预防接种, 疫苗储备; ag07–ag14, ag17, ag18). Budget year 2025;
invented places 砚川县, 柘湾区, 鹤汀市. 18 returns, 9 correct, 21 required marks.

Layouts: project heads with 万元 in the number format (ag01–ag04, ag07–ag12, ag15, ag16, ag18);
department heads with budget, shares and tasks (ag05, ag06, ag13, ag14); numbered and pointed
tier labels (ag01, ag18); operator and unit columns (ag01, ag02, ag13); two stacked projects
(ag03, ag04); flat lists in two orders (ag05, ag06); headers 指标内容 / 绩效标准 (ag07),
预期实现值 on a second sheet (ag08), 预期目标 (ag12); three-year projects with 中期 and 年度
columns (ag09, ag10); a detail money block, 说明 and 注 rows, 填表说明 and a signature line
(ag11); tier-1 and indicator score columns (ag15, ag16); a budget-system export on sheets
05-1 / 05-2 with codes in the first columns, * and ★ labels and abbreviated tier-2s (ag17).

Planted mistakes (return: code, highest accepted severity, place):
* ag02: T106 ≤error at the typed 105 % 犬只免疫密度 (Sheet1 value cell); T105 ≤error at
  免疫档案完整率 2000 (份); T108 ≤warning (row) at the ≥ of 犬只伤人事件发生率.
* ag04: B101 ≤error at the second project's 年度资金总额 45 (≠ 40 + 3); T105 ≤error at
  收容犬只留检观察完成率 300只.
* ag06: T108 ≤warning (row) at 犬只咬伤事件发生率 ≥3% (反向); T112 ≤error at ≤6万元 with unit
  column 只; W101 ≤error book level (weights 95).
* ag08: T105 ≤error at 使用完成率 1200人次 (绩效指标 sheet); T113 ≤warning at 首针接种时限 100%.
* ag10: D204 ≤warning at the 年度目标 cell (copy of 中期目标); D202 ≤warning at the annual
  ≥30000人次; D201 ≤error at the annual ≥450人次 above the period's ≥300人次.
* ag12: F110 ≤error at the empty name cell of a ≥98% row; F109 ≤warning (row) at the empty
  社会成本指标.
* ag14: B101 ≤error at 资金总额 960 (基本 640 + 项目 300 = 940); B102 ≤error at 金额合计 300
  (tasks add to 310).
* ag16: W103 ≤error at the 效益指标 score 30 (indicators 25; W101 accepted there, and W101
  tolerated at book level); X104 ≤warning at the text 45839 in 疫苗到货时限.
* ag18: T108 ≤warning (row) at 就诊投诉率 ≥2%; F105 ≤error at 2.时效指标 under 三、效益指标
  (F104 accepted).

Legitimate look-alikes in the correct returns: typed percent cells beside an operator column
(ag01, ag05, ag13) and typed shares (ag13); 人间狂犬病病例数 ≤0例 (ag01, ag05, ag13), an
incident count, not a zero cost; 犬伤暴露人数下降率 ≥5 % (ag05); =100% at the ceiling (ag03,
ag07, ag09, ag11); the same 狂犬病疫苗免疫数量 with different values in two stacked projects
(ag03); equal rates and unit costs in 中期 and 年度 (ag09); 储备单价 180 × 1800人份 = 32.4 exactly
its detail line (ag11); a 说明 explaining the total with 上年结转 (ag11); fill dates in 2024
(ag01, ag05, ag11); a 注 row inside the table (ag11); tier and indicator points both adding to
100 and ≥5百分点 (ag15); grades 健全 and 较上年下降.

Judgements: ag02 免疫档案完整率 2000 with unit column 份 is a rate as a count (T105), not a unit
conflict. ag06 ≤6万元 against 只 is a unit conflict (T112), an error. ag08's 100% on a time
limit is a warning (T113). ag16 W101 is tolerated, since the indicator points cannot reach 100
once 效益 is short. ag10's ≥450 annual vs ≥300 period is an impossibility (error); the copied
≥30000人次 only doubtful (warning). In ag11 and ag17 the 填表说明, 注 and code columns are not
indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout491 import clinics, departments, dogs
from tests.variants.holdout491.registry import HOLDOUT491
from tests.variants.kit import Variant

MODULES = (dogs, clinics, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT491, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 491st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
