"""The 889th held-out set: 18 invented returns on community correction (社区矫正) and legal aid
for minors (未成年人法律援助), 9 correct and 9 with planted mistakes, written blind from
``shared/domain.md``, ``tests/variants/README.md``, ``kit.py``, ``heads.py`` and the catalogue.
Places (蔚塘县, 岫岭区, 楠汀市), units, people, phone numbers and figures are invented.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 money and columns);
department heads with shares and key tasks; operator column 指标性质 with a unit column (kho01);
operators inside the values; flat department lists in two column orders (kho05, kho06); numbered
tier labels with points and a score column (kho07); ★-marked and abbreviated labels (kho08);
three and two projects stacked in one sheet (kho09, kho10); a table on a second sheet under a
two-row header 考核指标 · 目标值（年度） · 评价标准 (kho11); a 说明 row inside the table and the
header repeated after a page break (kho12); a budget-system export with project codes in the
first columns, the header on the third row of sheet 部门项目支出绩效目标05-2 (kho15); detail
lines under the table (kho16); two complete column sets under a two-row header (kho17); header
预期目标 (kho18); 注, 填表说明, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kho02-correction-direction: T108 ≤warning on the 走访次数 row (正向 count with ≤2次), the
  电子定位监管服务单价 row (=35元/人·月 on a cost cap) and the 脱管率 row (≥1% on a 反向
  rate); row marks.
* kho04-correction-period-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D202 ≤warning at the 年度 cells of 招募矫正志愿者人数 and 组织公益活动次数 (two-year project).
* kho06-correction-flat-defects: T105 ≤error (alt T112) at the value of 帮扶对象就业安置率 (≥35,
  unit 人); T108 ≤warning row mark on 矫正对象再犯罪率 (反向 with ≥0.6); W101 ≤error book level
  (weights 95).
* kho08-aid-wrong-parent: F105 ≤error at the tier-2 cell 社会效益 under ★产出; T106 ≤error at
  值班记录归档合格率 ≥100%; B107 ≤warning row mark on 值班律师补贴标准 (3000元/件 × 260件 =
  78万元 > 60万元).
* kho10-aid-stacked-defects: T105 ≤error at 留守儿童法律援助覆盖率 1200人; B101 ≤error at the
  second project's 年度资金总额 (45 ≠ 40 + 8).
* kho12-aid-notes-defect: Y102 ≤error at the 计划完成日期 (next March, one-year project); T107
  ≤warning at 满意度 =95%.
* kho14-department-money-wrong: B101 ≤error at 资金总额 (1560 + 820 ≠ 2400); B111 ≤error at the
  其他资金 share 8% (should be 5%); B102 ≤error at 金额合计 (420 + 260 + 160 = 840 ≠ 820).
* kho16-pdf-artefacts: X105 ≤warning (alt X103) at 年度资金总额 "68.5 6"; X104 ≤warning at the
  计划开始日期 "45658" in a text cell; X106 ≤error (alt B108) at the detail line "24万24万".
* kho18-template-rows: F110 ≤error at the empty name cell of a 质量指标 row valued ≥95%; F109
  ≤warning row mark on the empty tier-2 生态效益指标.

Legitimate look-alikes in the correct returns: percents typed in Excel with a unit column "%"
(kho01, kho05, kho13); ``=100%`` on 入矫宣告及时率 (kho01); a 下降率 with ≥ (kho01); ≤0起 on an
incident count in both columns of a three-year project, tolerated at the annual cell (kho03);
rates equal in 中期 and 年度, counts strictly lower in the year (kho03, kho17); tier points in the
labels and indicator scores both adding to 100, a 合计 row under them, ``≥3百分点`` for a rate
raised (kho07); ``100%`` without operator on a coverage rate (kho07, kho09, kho15); the same
indicator name with different values in stacked projects (kho09); 定性 in an operator column
(kho01); a 注 row explaining that 金额合计 covers project spending only (kho13); fill dates in the
year before the budget year (signatures, department heads); every unit cost × count within its
money (kho15's 3500元/日 × 365 = 127.75万元 within 128万元 is the closest).

Judgements: 社会效益 under 产出 in kho08 is F105 (the label is known, the parent wrong), leaving
效益 with only 可持续影响, which is not a further finding. The 35 in kho06 with unit 人 is a rate
given as a count (T105), T112 accepted. The end date in kho12 is marked error (catalogue
severity) because a one-year project ending in the next year is a contradiction of the head, not
a doubt. kho06's flat list has no tiers, so no tier findings; the rate cells of kho06 carry
bare numbers with % in the unit column. The kho03 ``≤0起`` annual cell is tolerated (ok) up to a
warning, since a checker could read it as a copied count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout889 import correction, forms, legalaid
from tests.variants.holdout889.registry import HOLDOUT889
from tests.variants.kit import Variant

MODULES = (correction, legalaid, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT889, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 889th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
