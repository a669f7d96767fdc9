"""The 339th held-out set: dairy industry revitalisation (奶业振兴): dairy cows kept, silage,
farm upgrades, raw milk quality testing, somatic cell counts and milk price subsidies.

Eighteen invented returns, budget year 2025, places and people invented (柘原县, 沙湄旗, 宁岗市,
北塬县, 禾丰县, 松麓市, 青禾县, 乌塬县). Nine are correct, nine carry 2–3 planted mistakes (22
required marks).

Layouts: project heads with operator and unit columns and typed percent cells (uk01, uk02);
two projects stacked in one sheet (uk03, uk04); department flat lists in two column orders
(uk05, uk06); instruction, 说明, 注 and 填表说明 rows, a header repeated after a page break,
signature lines (uk07, uk08); numbered tier labels with ★ core indicators and labels with points
(uk09, uk10); a budget-system export with codes in the first columns and headers 考核指标 /
目标值（年度） / 评价标准 (uk11); a head on the first sheet and the table on a second sheet under
预期实现值 (uk12); department money blocks with typed percent shares and tasks (uk13, uk14);
multi-year projects with 中期 and 年度 columns (uk15, uk16); tier-1 and indicator score columns
(uk17, uk18).

Planted mistakes (code, highest accepted severity, place):

* uk02: B105 error at the 其他资金 cell (Sheet1!E6, 元 format in a 万元 block; B101 file-level
  tolerated); T106 error at the 合格率 value 105% (Sheet1!E10).
* uk04: T105 error, row of 饲草料基地建设完成率 `12个`; B101 error at the second project's
  年度资金总额 (150 ≠ 120 + 20).
* uk06: W101 error, book level (weights add to 95); T108 warning, row of 成母牛年死淘率 `≥8`
  (反向); T112 error at `≤35万元` against the unit column 头.
* uk08: T108 warning, row of 体细胞数平均值 `≥30万个/毫升`; T113 warning at 检测报告出具时限
  `100%`.
* uk10: T105 error, row of 乳品企业检测覆盖率 `36家`; F105 error at 时效指标 under 效益指标.
* uk12: X105 warning (alt X103) at 年度资金总额 `286.451 2` on 项目信息; X104 warning at the
  text `45838` on 绩效指标.
* uk14: B101 error at 资金总额 (300 + 640 ≠ 960); B102 error at 金额合计 (630 ≠ 640); T106
  error at 奶农满意度 102%.
* uk16: D202 warning at each copied annual count (≥20座, ≥600人次); D201 error at 新建青贮窖
  `≥12座` against `≥8座`; B107 file-level tolerated (the copied count × unit cost).
* uk18: W103 error at the 产出 tier score 40 (indicators 35; W101 file-level tolerated); F110
  error at the empty name cell; F109 warning, row of the empty 生态效益指标.

Legitimate look-alikes in the correct returns: `=100%` on 验收合格率 / 覆盖比例 / 备案率
(uk03, uk07, uk11); the same satisfaction indicator with different values in stacked projects
(uk03); `≤ 0 起` and `0起` on a quality-incident count (uk05, uk11); a 阳性率 and 退养率 with ≤
(uk05, uk13); a 体细胞数超标批次下降率 with ≥ (uk11); somatic cell caps with ≤ (uk07, uk15);
unit cost × count equal to the money (uk03, uk09, uk17); 中期 = 年度 only for rates and caps
(uk15); `≥3百分点` on a share raised (uk17); tier points and indicator points both adding to 100
with a 合计 row (uk17); fill dates in 2024 (uk07, uk05); footnotes explaining totals (uk07,
uk13); the instruction, 说明 and repeated header rows (uk07, uk08).

Judgements: a somatic cell count is 反向 (lower is better), so `≥30万个/毫升` is a direction
conflict, a warning only. `奶牛乳房炎发病率下降 ≥5%` (uk08) is a decrease and takes ≥. The
budget-system export (uk11) keeps its money on its own sheet with a 合计 row that adds up. In
uk16 the annual goal text quotes no numbers, so no text/indicator contradiction is planted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout339 import herds, milkquality, subsidy
from tests.variants.holdout339.registry import HOLDOUT339
from tests.variants.kit import Variant

MODULES = (herds, milkquality, subsidy)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT339, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 339th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
