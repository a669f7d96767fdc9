"""The 574th held-out set: cured ham and sausages (火腿、腊肠) food-safety upgrades.

18 invented returns (county and town offices of 檀坞县, 沙畈县, 雾溪市 and 栗冈镇), 9 correct
and 9 with planted mistakes, 24 required marks; 16 of them need reading across the table
(C4, C6, C9, C10, C15, C16 and unit cost × count against the money). Modules: ``ham`` (dl01–
dl06), ``sausage`` (dl07–dl12), ``forms`` (dl13–dl18, both halves in the forms offices send).

Layouts: project heads and department heads with money in 万元 carried by the number format;
numbered tier labels with points (dl01); operators in their own column as symbols (dl02, dl10,
dl14, dl16) or in words (dl07); 指标性质 as direction with the operator in 指标方向 (dl17);
unit columns; 中期 and 年度 columns for a two-year (dl03) and a three-year (dl09) project; a
budget-system export with codes in the first columns, the header on the third row and the
money on another sheet (dl05); the table on a second sheet under 预期实现值 (dl04); labels with
``*`` / ``★`` and abbreviated (dl06); flat lists (dl10, dl14); two stacked projects (dl08,
dl18); tier-1 and indicator score columns (dl11); an instruction row, a header repeated after a
page break, 注 / 填表说明 and signature lines (dl13); header 预期目标 (dl15); a two-row header
考核指标 / 绩效目标值 over 指标性质, 目标值（年度）, 评价标准 (dl16).

Planted mistakes (return: code, highest accepted severity, place):

* dl02: D104 ≤warning, Sheet1!E9 (row): 年度目标 says 30 加工户, the indicator says ≥25户
  (a ``*`` ≤warning at the goal text B7 tolerates the finding there); T106 ≤error, Sheet1!E12:
  a typed ``102%`` on a 合格率 with ≥; B107 ≤warning, Sheet1!E14 (row): 3万元/户 × 25户 = 75万元
  (90 for the 30 of the goal) above 资金总额 60万元.
* dl03: D201 ≤error, Sheet1!E11: annual ≥24台 above the period ≥20台; Y102 ≤error, Sheet1!E14:
  an annual date in 2027 for a 2025–2026 project.
* dl05: X102 ≤warning, 部门项目支出绩效目标05-2!D4: ``<p>`` in 年度绩效目标; X101 ≤error, …!H5:
  ``≥**批次``; X104 ≤warning, …!H7: ``45991`` (2025-11-30) as text in a 完成时间.
* dl06: D102 ≤error alt D103, Sheet1!D12 (row): 成品火腿分级抽检合格率 ≥98% and
  火腿成品分级抽检合格率 ≥95%; F201 ≤warning, Sheet1!D14 (row): a 复核准确率 under 时效.
* dl08 (second stacked project): B101 ≤error, 绩效目标表!C20: 资金总额 50 ≠ 40 + 15; D104
  ≤warning, 绩效目标表!D25 (row): goal text 6套, indicator ≥8套 (``*`` tolerated at B22).
* dl10: D102 ≤error alt D103, Sheet1!E9 (row): 腊肠监督抽检批次 300 and 腊肠监督抽检批次数
  260; X101 ≤error, Sheet1!E12: ``XX%``; W101 ≤error, book level: weights add to 95.
* dl12: B102 ≤error, Sheet1!D9: tasks 90 + 40 + 15 = 145 ≠ 金额合计 150; D104 ≤warning,
  Sheet1!D12 (row): goal text and task say 400批次, indicator ≥350批次 (``*`` tolerated at the
  goal text B10); Y102 ≤error, Sheet1!D16: 整改完成时间 in 2024 for budget year 2025.
* dl15: F201 ≤warning, Sheet1!D10 (row): 按期完工率 under 数量; F110 ≤error, Sheet1!C12: a value
  without a name; F109 ≤warning, Sheet1!B15 (row): 社会成本指标 left from the template.
* dl17: Y101 ≤error alt Y102, Y103, book level: title 2024年度, project dates 2025; T108
  ≤warning, Sheet1!E11 (row): ≥ on a 反向 不合格率; T108 ≤warning, Sheet1!E13 (row): ``=`` on a
  cost cap.

Legitimate look-alikes in the correct returns: a count repeated in the goal text with the same
value (dl01 12间, dl11, dl16); a goal text summing two indicators (dl07: 18 + 24 = 42家); a
footnote explaining a total (dl13: 16家 = 10 + 6, 16 × 3万元 = 48万元); unit cost × count equal
to the money (dl04 9 × 5 = 45, dl07 42 × 2 = 84, dl13, dl18 20 × 1.5 = 30 and 12 × 1.5 = 18);
``0起`` / ``≤0起`` / ``≤0批次`` on incident counts (dl01, dl05, dl07, dl14, dl17); a 下降率 with ≥
(dl02 typed ``20%``, dl07 ``大于等于 30%``); ``=100%`` on rates at the ceiling; ``提高≥3百分点``
(dl11) and a 百分点 unit column (dl14); tier-1 points and indicator points both adding to 100
(dl11); typed percent cells (dl07, dl14, dl17); a later year named on purpose (dl04: data kept
until 2030, matching ≥5年; dl09: 2027 inside its 2025–2027 period); similar names measuring
different things (dl04 原料腿 / 成品火腿抽检批次, dl11 晾晒环节合格率 / 合格率较上年); the same
satisfaction name with other values in two stacked projects (dl08, dl18); a fill date and a
signature date in the year before the budget year (dl10, dl12, dl13, dl14); instruction,
footnote, 填表说明, signature and repeated header rows (dl13); annual counts below the period
and equal rates or unit costs in a three-year project (dl09).

Judgements where a reviewer could hesitate:

* A count in the goal text that disagrees with its indicator (dl02, dl08, dl12) is D104 at the
  indicator row, a warning only (the text or the indicator may be the one to fix); the goal
  text cell tolerates the same finding.
* B107 is a warning (the standard may be a cap not reached by every household), although 25 ×
  3 万元 cannot be paid from 60万元 whichever count holds.
* Dates outside the project period or before the budget year (dl03, dl12) are errors: a target
  that cannot be met in the period the money covers. The title year against the project dates
  (dl17) is an error at book level, since either the title or the dates may carry the finding.
* Two near-identical names with different values (dl06, dl10) are one indicator given twice:
  D102 up to error, D103 accepted.
* 45991 in a text cell (dl05) is a warning (X104): the serial still reads as a date.
* dl06's 购置设备 ``≥6台（套）`` and dl09's ``万枚`` are ordinary units; the bare ``12间`` (dl01)
  and ``1间`` (dl08) counts are not defects (an implied =).
* dl14's 抽检不合格率 ``≤2%`` and dl16's 定性 ``建立并执行`` are well formed; the flat lists (dl10,
  dl14) have no tiers, so no tier finding applies there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout574 import forms, ham, sausage
from tests.variants.holdout574.registry import HOLDOUT574
from tests.variants.kit import Variant

MODULES = (ham, sausage, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT574, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 574th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
