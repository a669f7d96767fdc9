"""228th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
operating projects of government offices (信息化运维, 会议培训, 宣传印刷, 课题研究, 档案数字化):
indicator tables found by the words offices use (on a second sheet, below a long description,
under 绩效指标内容, 预期实现值, 考核标准, 考核指标, 绩效标准), returns converted from PDF, and
notes, instructions and signature lines inside and under the table (variant items 4, 7, 9, 13).
9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks
(20 in all):

* a 按时处置率 ≥105% (qd02) (T106, error);
* a repair time (反向) with ≥ (qd02) (T108, warning);
* the plan dates of a 2026 table both in 2025 (qd04) (Y102, error, Y101 accepted);
* a 合格率 given as ``1200人次`` under a 考核标准 header (qd04) (T105, error);
* an annual count above the period count in 绩效标准（实施期）/（年度） columns (qd06) (D201,
  error);
* 时效指标 under 效益指标 on a second sheet (qd06) (F105, error);
* an amount split by a space after PDF conversion: the total ``48.365 2`` (qd07) and 其他资金
  ``2.437 5`` (qd11) (X105, warning, X103 accepted);
* a print cost pasted twice, ``26.5万26.5万（含纸张及装订）`` (qd07) (X106, error, B108 accepted);
* a deadline ``2027年1月15日前`` in a one-year 2026 project (qd07) (Y102, error);
* a cost line 160 where its 测算依据 says 1.6万元 (decimal point lost; qd09) (B110, error, B102
  accepted);
* a plan end ``2026年6月31日`` typed as text (qd09) (Y106, error);
* text dates ending (2月28日) before they start (3月1日) (qd11) (Y104, error);
* a unit cost ``≤0万元/卷`` (12元/卷 rounded away; qd11) (T115, error);
* an indicator row with a value but no name, under a 填表说明 row (qd14) (F110, error);
* a value left as ``≥XX人次`` (qd14) (X101, error);
* 资金总额 1260.5 ≠ 基本支出 860.5 + 项目支出 380 in a department head (qd16) (B101, error);
* a brochure count repeated with another value after a repeated header (page break) (qd16)
  (D102, error);
* ``全年开展网络安全培训4次 │ ≥6次`` (qd18) (T110, warning, D104 accepted);
* a 生态效益指标 template row left empty (qd18) (F109, warning).

Legitimate look-alikes sit in the 9 correct returns (qd01, qd03, qd05, qd08, qd10, qd12, qd13,
qd15, qd17): tables on a second sheet or below long description and money rows, headers
绩效指标内容 / 预期实现值 / 考核指标 / 中期目标值, a 评（扣）分标准 column full of numbers beside
the value column (qd03), numbered tier labels (一、产出指标, 1.数量指标) and tier points adding to
100 (qd13), 100% typed in Excel (qd01, qd05) and 95% / 90% typed in an operator column (qd15),
rates, a unit cost and a grade equal in 中期 and 年度 columns of a three-year project (qd05),
text dates (2026年3月1日, 2026.04.01), a cost with a legitimate bracketed note
``18.60（其中设计排版3.60）`` (tolerated up to a warning, qd08), a 差错率 ≤0.01%, ``=0起`` and
``=0处``, phone numbers split by a space, 测算依据 full of unit prices and products that add up
(qd10, qd12), a 12345 hotline and a ``7×24小时`` name, a document number 〔2025〕 in a goal
(qd12), filling dates in the year before, a 合计 line in a money block, a date cell, a repeated
header after a page break and the signature inside the table (qd15), a 填表说明 block quoting
example values and weights adding to 100 (qd17), notes between tier blocks and two stacked
projects (qd13). Every unit cost × count stays within its money; every money block adds up.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout228 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout228 import notes, pdf, sheets
from tests.variants.holdout228.registry import HOLDOUT228
from tests.variants.kit import Variant

MODULES = (sheets, pdf, notes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT228, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 228th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
