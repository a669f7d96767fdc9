"""The 537th held-out set: 18 invented returns on log-grown shiitake on oak logs (椴木香菇) in
state forest farms (国有林场), 9 correct and 9 with 22 required marks, written blind to
goalbook's rules to measure ``goalbook check`` out of sample.

Theme: the first half is shiitake grown on 栓皮栎 / 麻栎 logs (段木 purchase, 接种, 出菇棚,
菌种, 烘干 and 冷链); the second half is the state forest farm around it (栎林抚育, 低产林改造,
森林防火, 林道, budgets of the farm as a department). Places (雾溪县, 松陂市, 柘岭 / 桐岙 /
栎坪 / 石磴岭国有林场), people, phone numbers and figures are invented.

Layouts (modules ``log_projects``, ``farm_accounts``, ``stacked_flat``):

* ca01 project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format;
* ca02 the same layout with defects; ca03 NAT-2021 with numbered labels and points;
* ca04 transfer-payment project with ★ and abbreviated labels (中央补助 / 地方资金);
* ca05 three-year and ca06 two-year projects with 中期 / 实施期 and 年度 columns;
* ca07, ca08 department heads with budget, shares and key tasks; ca09 department under
  考核指标 / 目标值（年度）, column-number row, repeated header, 小计 / 合计 rows;
* ca10 project with a note row between tiers and a 资金明细 block below the table;
* ca11 direction (指标性质 正向/反向) and operator in words (指标方向), bare numbers, unit column;
* ca12 tier-1 score column next to an indicator score column;
* ca13 three and ca14 two projects stacked in one sheet;
* ca15, ca16 flat department lists in two column orders;
* ca17 budget-system export, money on 部门项目支出预算05-1, indicators on a second sheet with
  project codes in the first two columns and the header on the third row;
* ca18 project under 预期目标 / 评价标准 with template rows left.

Planted mistakes (code, highest accepted severity, place):

* ca02: T106 ≤error at the 菌种纯度合格率 value (105% typed in Excel); T108 ≤warning, row, at
  the ≥ of 菌袋杂菌污染率; T108 ≤warning, row, at the = of 每根段木接种成本 (a cost cap).
* ca04: F110 ≤error at the empty name cell of a ≥95% row; F109 ≤warning, row, at the empty
  生态效益 tier-2; F105 ≤error at 时效 placed under ★效益.
* ca05: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  出菇棚 ≥15个 over the period ≥12个; D202 ≤warning at the annual 培训菇农 ≥600人次.
* ca08: B101 ≤error (alt B102) at 资金总额 350 (基本 220 + 项目 120 = 340); B102 ≤error (alt
  B101) at the 金额合计 120 of tasks adding to 125.
* ca10: X105 ≤warning (alt X103) at `45.2 8`; X106 ≤error (alt B108) at `18万18万（含运输）`;
  B102 on the book tolerated (not required), since a misread line breaks the sum.
* ca12: W103 ≤error at the 效益 score 30 (indicators 25); T105 ≤error at 香菇一级品率 ≥30吨;
  W101 on the book tolerated (the indicator scores add to 95).
* ca14: B101 ≤error at the second project's 年度资金总额 66 (50 + 12); T107 ≤warning at 菇农满意度
  =95%.
* ca16: T112 ≤error at `12万元` under the unit 立方米; T108 ≤warning, row, at 菌棒污染率 ≥5%
  declared 反向; W101 ≤error on the book (weights add to 95).
* ca18: F109 ≤warning, row, at the empty 社会成本指标; F110 ≤error at the name cell holding a
  full-width space.

Legitimate look-alikes in the correct returns: percent cells with % also in the unit column
(ca01, ca15); 段木杂菌感染率 ≤5% (ca01); a fill date in the year before the budget year (ca01,
ca06, ca07, ca09, ca15); 100 both ways, tier points and indicator points (ca03); =0起 on fires
(ca03, ca09 ≤0起, ca11, ca15); 提高≥5百分点 / ≥3百分点 (ca06) and 提高≥2百分点 (ca12);
equal 中期 and 年度 rates and unit costs (ca06); `=100%` typed as text (ca07, ca17); ≤0.9‰ on a
受害率 (ca07); shares rounded to 0.01 % (ca07); 小计 and 合计 rows, a column-number row, a
repeated header (ca09); a 下降率 with 大于等于 or ≥ (ca11, ca15); 等于 100 % on a 合格率 (ca11);
the same indicator names with different values in stacked projects (ca13); 其他资金 0 (ca13);
unit cost × count within the money everywhere (e.g. 30万根 × 2.5元 = 75 ≤ 86, ca01).

Judgements where a reviewer could hesitate:

* ca11 化学农药使用次数 ≤0次 on a green-control project is a ban, not a rounded-away quantity:
  no T115. ca09 栎林郁闭度 ≥0.7 with unit — is a ratio without a unit, not a missing unit.
* ca02 `=` on a unit cost: a warning (the intent is a cap), not an error.
* ca08: which of the four budget cells is wrong cannot be told; the mark sits at 资金总额.
* ca10: once `45.2 8` is read as 45.28 and `18万18万` as 18, the lines add up to 75: the
  only required findings are the artefacts themselves.
* ca12: the shortfall is in the 效益 block only; W103 is required at its score, W101 tolerated.
* ca14: =100% on 工程验收合格率 is the ceiling and not marked; =95% on a 满意度 is.
* ca04: 出菇场验收合格率 =100% is correct; the F110 row under 质量 has only a value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout537 import farm_accounts, log_projects, stacked_flat
from tests.variants.holdout537.registry import HOLDOUT537
from tests.variants.kit import Variant

MODULES = (log_projects, farm_accounts, stacked_flat)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT537, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 537th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
