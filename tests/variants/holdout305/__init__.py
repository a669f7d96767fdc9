"""The 305th held-out set: 18 invented returns on school meals and student nutrition
(学生营养改善计划: 营养膳食补助, 食堂改造, 食品安全抽检, 陪餐制度, 营养健康教育), budget year 2026,
in the invented places 栖梧县, 柘湾区 and 苇塘市. Nine returns are correct; nine carry 2–3 planted
mistakes (23 required marks).

Layouts: project heads (``heads.project_head``) with 年度 or 中期/年度 money blocks (万元 in the
number format); department heads with budget, share line and key tasks; OLD-NAT and NAT-2021
tiers merged down; operator column (symbols or words) with a unit column; one value column;
two stacked projects in one sheet; flat department lists in two column orders; numbered tier
labels with points, a ★ core indicator, abbreviated labels with a tier score column; a two-row
header (考核指标 / 目标值（年度） / 评价标准); a budget-system export with codes in the first
columns and the indicator table on a second sheet under 预期实现值; 中期 and 年度 value columns;
notes, 填表说明, signature lines, subtotal rows and a header repeated after a page break; a 资金明细
block under the table.

Planted mistakes (return: code, highest accepted severity, place):

* tc02-subsidy-wrong: B101 ≤error at the 年度资金总额 cell (row; 300 + 40 ≠ 360); T106 ≤error at
  a typed 105% on 营养午餐抽检合格率; T108 ≤warning (row) at ≥ on 学生膳食投诉率.
* tc05-flat-wrong: W101 ≤error book level (weights 95); T112 ≤error at ``≥12万元`` under the unit
  所; T108 ≤warning (row) at ``≥3%`` on a 投诉率 declared 反向.
* tc06-stacked-wrong: B101 ≤error at the second project's total (row; 60 + 10 ≠ 75); T105
  ≤error at ``42台`` for 快检设备配备率.
* tc08-page-break-defect: F110 ≤error at the empty name cell of a row with ``≥90%`` and a
  weight; F109 ≤warning (row) at the 生态效益指标 left from the template.
* tc10-wrong-parent-points: F105 ≤error at 时效 under 效益; W103 ≤error at the 产出 score 40
  (indicators 35); W101 ≤error book level tolerated, not required (95 points in all).
* tc12-export-second-sheet: T105 ≤error at ``86所`` for 学校食堂抽检覆盖率; T113 ≤warning at
  ``100%`` for 抽检结果公示时限.
* tc14-two-year-copied: D204 ≤warning at the 年度目标 cell; D201 ≤error at ``≥150场`` (period
  ``≥120场``); D202 ≤warning at the copied ``≥20000册``.
* tc16-direction-words: T108 ≤warning (row) three times: 大于等于 on 配送食材抽检不合格率,
  小于等于 on 食材配送准时率, 等于 on 每生每餐食材配送成本.
* tc18-pasted-artefacts: X104 ≤warning at the start date typed as text ``46023``; X106 ≤error
  (alt B108) at ``45万45万(含安装)``; B110 ≤error at the line 120000 (12 expected); B102 ≤error
  book level tolerated, not required.

Legitimate look-alikes in the correct returns: typed percent cells (tc01, tc11, tc13, tc15,
tc17) including ``=`` with a typed 100% on a 发放率 (tc01, tc04); a 下降幅度 ≥1 百分点 (tc01),
``提高≥5百分点`` / ``提高≥3百分点`` / ``提高≥15百分点`` on rates (tc03, tc09, tc13, tc15); 下降率
with ≥ (tc04 学生贫血检出率下降率, tc15, tc16's 采购成本下降率 in a marked return); ``≤0起`` and
``0起`` on incident counts (tc04, tc15); unit cost × count equal to the money (tc01 4800 × 5 元
× 200 天 = 480万, tc03 8 × 32.5 and 150 × 0.64, tc11 42 × 2, tc13 50 × 30 and 17 × 30 ≤ 520,
tc17 12000 × 5 × 200 = 1200); the same indicator (师生满意度) with different values in two stacked
projects (tc03); an instruction row inside the table, footnotes explaining a total, a signature
dated 2025-12-05 (tc07, tc17); tier points and indicator points both adding to 100 (tc09,
tc15); a deadline as a date cell (tc11); 中期 and 年度 equal for unit costs, rates and 年限 in a
three-year project, with a 2028 deadline in the 中期 column (tc13); digit project codes in an
export (tc12).

Judgements where a reviewer could hesitate:

* tc10: the 产出 shortfall (35 against 40) also makes the indicator points 95; W103 at the tier
  score is required, the book-level W101 only tolerated. The misplaced 时效 row is counted where
  it stands (效益 30 = 10 + 10 + 10).
* tc16: ``等于`` on a cost standard is marked T108 like the two reversed operators (domain §4.2
  rule 7 flags ``=`` on a cost cap); a warning, as the unit cost might be a fixed standard.
* tc05: ``≥12万元`` under 所 is a unit conflict (T112, an error per §4.2 rule 2), not a
  name-unit conflict.
* tc18: the 10 000x line makes the detail lines miss the total; B110 at the line is required,
  B102 tolerated. ``45万45万(含安装)`` read as 45 lets the lines add up to 200.
* ``0起`` on 校园食品安全事故 (tc15) is a zero target on an incident count, not a rounded cost.
* tc12: 每批次抽检检验费用 ≤750元 × 480 批次 = 36万元 equals the budget, not above it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout305 import periods, subsidies, tables
from tests.variants.holdout305.registry import HOLDOUT305
from tests.variants.kit import Variant

MODULES = (subsidies, tables, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT305, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 305th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
