"""The 555th held-out set: community canteens for the elderly (老年助餐) run by the street
offices of the invented 沅塘区 (翠埠, 蔺家湾, 汀澜, 栖凤桥, 梧垟). 18 returns, 9 correct, over the
two halves of the theme: canteens and their operation (长者食堂 / 助餐点 / 幸福食堂: building,
renovation, running subsidies) and meals brought to the old (送餐上门, 就餐补贴). Budget year 2025.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks; department
heads with a share row and key tasks; OLD-NAT and NAT-2021 tiers merged down; labels numbered
with points (cs02), abbreviated (cs03), marked with * and ★ (cs18); header words 指标内容 (cs01),
考核指标 / 目标值（年度） / 评价标准 (cs04), 预期实现值 on a second sheet (cs16); operators in
words (cs01) or symbols (cs06) in their own column, unit columns; flat lists (cs09, cs10); two
projects stacked (cs11, cs12); 中期 and 年度 columns (cs13, cs14) and two complete column sets
under a two-row header (cs18); a budget-system export with codes, header on row 3 and repeated
after a page break (cs15); 填表说明 row inside the table, 注 and stamp lines, signature lines.

Planted mistakes (code, highest accepted severity, place):

* cs03-delivery-direction: T108 ≤warning row 送餐超时率 ``≥3%``; T108 ≤warning row 每份助餐餐品成本
  ``=12元/份``; T106 ≤error at the 满意度 value ``≥105%``.
* cs05-notes-and-defects: T105 ≤error at 食品留样合格率 ``12次``; Y102 ≤error (alt Y103) at
  消防改造完成时间 ``2026年3月31日前`` in a one-year 2025 project.
* cs06-subsidy-percent-money: B105 ≤error at 其他资金 ``40,000.00元`` in the 万元 block (B101 on
  the file tolerated); T106 ≤error at a typed 105% 合格率; T113 ≤warning row, a 上线时间 as 100%.
* cs08-department-budget-wrong: B101 ≤error row at 资金总额 (880.2 + 40.0 ≠ 932.6); B102 ≤error
  at 金额合计 (tasks add to 332.2, not 322.2); F202 ≤warning row, 项目预算执行率 under 成本指标.
* cs10-flat-defects: T112 ≤error at ``≤3.5万元`` against the unit column 元/人次; T108 ≤warning row
  餐食抽检不合格率 ``≥2%`` marked 反向; W101 ≤error on the file (weights add to 85).
* cs12-stacked-template-rows: F110 ≤error at the empty name of a row with ``≥80人``; F109
  ≤warning row at the 时效指标 template row of the second project.
* cs14-network-copied: D202 ≤warning at two annual cells copying the three-year period count;
  D201 ≤error at the annual ``≥10套`` above the period ``≥8套``.
* cs16-second-sheet-artefacts: X105 ≤warning (alt X103) at the detail amount ``21.5 6``; X104
  ≤warning at the text ``45930`` (2025-09-30); T105 ≤error at 送餐服务对象建档率 ``260户``.
* cs17-pdf-detail-lines: X106 ≤error (alt B108) at ``46万46万(含排烟净化)``; B110 ≤error at the
  line 28000 in a 万元 block (B102 on the file tolerated).

Legitimate look-alikes in the correct returns: typed percent cells with ≥ or 大于等于 in an operator
column and % repeated in the unit column (cs01, cs09); ``等于 0 起`` / ``= 0 起`` on incident and
fraud counts (cs01, cs09); ``=100%`` on accuracy and acceptance rates (cs04, cs09, cs13, cs15,
cs18); a 下降率 with ≥ (cs04); ``≥4百分点`` on a coverage rate change (cs02); tier points in the
labels and indicator points both adding to 100 (cs02); a flat list's 合计 row of 100 under weights
that add to 100 (cs09); a bare ``2`` with % in the unit column on a 投诉率 (cs09); unit cost ×
count equal to the money (cs04: 7.8 × 12 = 93.6; cs12's first project) or just inside it (cs07:
12 元 × 220 × 365 = 96.36 ≤ 96.4); the same satisfaction indicator with different values in
two stacked projects (cs11); fill and signature dates in 2024 (cs01, cs07); a period end date
2027 in a three-year project (cs13); identical rates and unit costs in 中期 and 年度 (cs13,
cs18); the header repeated after a page break and codes repeated in every export row (cs15); a
share row of percentages under the budget (cs07).

Judgements where a reviewer could hesitate: cs05's next-year completion date is marked error
(Y102), since the one-year project ends on 2025-12-31, Y103 accepted; cs03's ``≥105%`` is an
impossibility (error), not a typo warning; cs06's ``100%`` for a go-live date is a warning
(T113), not an error; cs08's B101 is a row mark because the office may have mistyped either the
total or the 财政拨款; cs10's unit conflict is an error (T112) though the value also reads as a
money amount on a 标准; 可持续影响 grades such as 长期有效 and 建立并执行 are accepted as 定性
values; 11:30前 (cs11) and 次月10日前 (cs15) are accepted as time limits.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout555 import department_stacked, periods_exports, project_forms
from tests.variants.holdout555.registry import HOLDOUT555
from tests.variants.kit import Variant

MODULES = (project_forms, department_stacked, periods_exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT555, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 555th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
