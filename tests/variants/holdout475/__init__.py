"""The 475th held-out set: oil-paper umbrellas and gambiered silk (油纸伞、香云纱) craft
villages and their tourism, 18 invented returns (budget year 2026; places such as 栖桐县,
伞篷村, 竹岙镇, 霁川市莨湾区, 莨塘镇, 晒莨坪村 are invented).

Layouts: project heads with 万元 money blocks (``funds``), tier-1 and tier-2 merged down;
operator and unit columns (zq01, zq04); numbered tier labels with points (zq03); marked and
abbreviated labels (zq12); header words 预期目标, 指标内容 / 绩效标准, 预期实现值; two
projects stacked in one sheet (zq05, zq14); flat department lists (zq07, zq08); three-year
projects with 中期 and 年度 columns (zq09, zq10); notes, 填表说明 and signature lines (zq11);
a budget-system export on two sheets with codes in the first columns (zq15); a column-number
row, a repeated header after a page break and subtotal rows (zq17); a tier-1 score column
beside an indicator score column (zq18); detail lines under the table (zq04, zq16).

Planted mistakes (return: code, highest accepted severity, place):

* zq02: T108 warning, Sheet1!D11 (row): 伞面开裂返修率 ≥3%; T105 error, Sheet1!D12:
  传承人授徒覆盖率 12人; T108 warning, Sheet1!D14 (row): 单把伞综合制作成本 =180元/把.
* zq04: B101 error, Sheet1!C5: 年度资金总额 95 ≠ 80 + 10; T106 error, Sheet1!E11: a typed
  105% on a 合格率; B102 error, Sheet1!D23: detail lines 92 against 合计 95.
* zq06: F110 error, Sheet1!C10: a value ≥60小时 with no name; F109 warning, Sheet1!B12
  (row): 时效指标 left from the template.
* zq08: T112 error, Sheet1!B7: 3.5万元 against unit 米; T108 warning, Sheet1!B9 (row):
  反向 退货率 with ≥; W101 error, book level: weights add to 95.
* zq10: D204 warning, Sheet1!D10: 年度目标 copied from 中期目标; D201 error, Sheet1!E12:
  annual ≥50户 above the three-year ≥40户.
* zq12: T113 warning, Sheet1!D11: 完工时间 100%; F202 warning, Sheet1!D12 (row): 预算执行率
  under 成本; F105 error, Sheet1!B13: 社会效益 under 产出.
* zq14: B101 error, Sheet1!C19: the second project's 55 ≠ 42 + 8; T107 warning,
  Sheet1!D28: 游客满意度 =95%.
* zq16: X104 warning, Sheet1!D4: start date ``46082`` as text; X105 warning (alt X103),
  Sheet1!D18: ``36.2 5``; X106 error (alt B108), Sheet1!D19: ``18万18万``.
* zq18: Y102 error (alt Y103), Sheet1!E12: 2027年3月31日前 in a one-year 2026 project;
  W103 error (alt W101), Sheet1!B14: 效益指标 30 against 10 + 10 + 5.

Legitimate look-alikes in the correct returns: ``=100%`` on a 及时率 / 合格率 (zq01, zq15);
typed percent cells (zq01, zq07, zq15); 100 both ways with tier points in the labels and
indicator points in a column (zq03); ≥3百分点 / ≥5百分点 on a raised share (zq03, zq14);
a 下降率 with ≥ (zq07, zq17); 0起 / ≤0起 on incident counts (zq11, zq17, zq18); the same
indicator name with different values in two stacked projects (zq05); unit cost × count equal
to the money (zq05 150元 × 1200平方米 = 18万, zq15 运营成本 = 58万); a footnote explaining
the total (zq11); a fill date in 2025 (zq11, zq17); rates equal in the 中期 and 年度 columns,
counts lower in the 年度 one (zq09); a 中期 deadline in 2028 of a three-year project (zq09);
shares in 0.00% that add to 100% (zq13).

Judgements: 年度 grades such as 完成设计 / 完成主体建设 beside a 中期 value are milestones,
not conflicts. zq14's first project is correct; the second's satisfaction ``=95%`` is a
warning only. In zq04 both the head split and the detail lines fail; each is its own error.
zq16's lines add up once ``36.2 5`` and ``18万18万`` are read as 36.25 and 18. zq18's tier
total (100) against the indicator total (95) is one problem, so W101 is accepted for W103.
zq11's ``注`` row inside the table and zq17's subtotal, page and total rows are not
indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout475 import silk, tourism, umbrellas
from tests.variants.holdout475.registry import HOLDOUT475
from tests.variants.kit import Variant

MODULES = (umbrellas, silk, tourism)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT475, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 475th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
