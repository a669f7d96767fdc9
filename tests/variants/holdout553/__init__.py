"""The 553rd held-out set: 18 invented returns on county emergency shelters (应急避难场所) and
flood-season duty rosters (汛期值班值守) of township governments in an invented 澄岭县 (towns
枫埠镇, 柘港镇, 柏渡镇; townships 浒塘乡, 栖梧乡), with a careful reviewer's marks.

Layouts: project heads with one-year and multi-year money blocks (cq01–cq06, cq09–cq12), a
department head with budget and tasks (cq07, cq08, cq13, cq14), flat department lists (cq07,
cq08), an operator column with a unit column (cq01, cq11), direction and operator columns
(cq09), values with operators inside (most), 中期 and 年度 columns (cq03, cq04), points in tier
labels with an indicator score column (cq05, cq06), headers 绩效目标值 (cq02), 考核指标 /
目标值（年度） / 评价标准 (cq10), 指标内容 / 绩效标准 (cq17), a 注 row and a header repeated after a
page break (cq11), stacked projects (cq15, cq16), budget-system exports with codes in the first
columns and the table on a second sheet (cq17, cq18), signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* cq02: T105 ≤error at the 村级避难点覆盖率 value ``≥12个``; T106 ≤error at 储备物资完好率
  ``≥105%``.
* cq04: B103 ≤error at 年度资金总额 460 (中期 400; the annual 财政拨款 cell tolerated up to error);
  D201 ≤error at the annual 标识牌 value (150 > 120); D202 ≤warning at the annual 培训人次 value
  copied from the two-year column.
* cq06: W103 ≤error at the tier cell ``产出指标（40分）`` (indicators 45; W101 accepted); T108
  ≤warning (row) on 夜间群众转移安置用时 ``≥4小时``.
* cq08: W101 ≤error on the book (weights 95); T108 ≤warning (row) on 汛情信息迟报率 with ≥;
  T112 ≤error at ``360场`` under the unit column 人次.
* cq10: T107 ≤warning at 巡查记录规范率 ``=95%``; T108 ≤warning (row) on 值班电话接通率 ``≤95%``;
  B107 ≤warning (row) on the subsidy standard 150元/人·天 × 4000人·天 = 60万元 > 45万元.
* cq12: F109 ≤warning (row) at the empty 生态环境成本指标; F110 ≤error at the empty name cell of a
  时效 row that has a value.
* cq14: B101 ≤error (row) on the budget row (520 + 330 = 850 ≠ 860); B102 ≤error (row) at
  金额合计 330 (tasks 320).
* cq16: B101 ≤error (row) on the second project's 年度资金总额 96 (80 + 12); X104 ≤warning at the
  planned end date stored as the text ``46022``.
* cq18: X105 ≤warning (X103 accepted) at ``126.8 4``; F105 ≤error at 时效指标 under 效益指标;
  X101 ≤error (T116 accepted) at ``≥XX场次``.

Legitimate look-alikes in the correct returns: typed percent cells (cq01, cq07, cq13) including
``=100%`` as pct(1); 场所设施故障率 ≤3% and 下降率 with ≥ (cq07, cq09); ``≤0起`` / ``≤0人`` /
``≤0次`` on incident counts (cq07, cq09, cq11, cq13); ``=100%`` on rates (cq03, cq05, cq15);
``≥5百分点`` on a rise of 知晓率 (cq05); tier points and indicator points both adding to 100 and
a 合计 100 row (cq05); unit cost × count equal to the money (cq05 9.5×4 = 38, cq13 2500×560 =
140 = the task, cq15 7×4 = 28 and 120×3000 = 36); rates equal in 中期 and 年度 (cq03); the same
indicator name with different values in two stacked projects (cq15); a 说明 explaining that
其他资金 is 上年结转 (cq11); fill dates in the year before the budget year (all signatures);
``定性 │ 健全`` in an operator column (cq11); abbreviated ``*产出`` labels (cq17).

Judgements: 迟报率 and 转移安置用时 are 反向, 接通率 正向; a 0 target on incidents is not a zero
cost or quantity target; cq04's D202 is a two-year project so a copied cumulative 人次 is
doubtful, not impossible (warning); the B107 in cq10 is a warning because staff may draw on
other money; cq18's split number is read as 126.84, which then adds up, so no B101 is asked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout553 import rosters, shelters, township
from tests.variants.holdout553.registry import HOLDOUT553
from tests.variants.kit import Variant

MODULES = (shelters, rosters, township)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT553, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 553rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
