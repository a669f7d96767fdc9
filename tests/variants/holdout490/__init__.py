"""The 490th held-out set: 18 invented returns on dragon lanterns and Shehuo (龙灯、社火) Spring
Festival folk parades in the villages of an invented county (岐阳县, with 鹿鸣县 for two offices),
with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Modules: ``lanterns`` (af01–af06, dragon lanterns), ``shehuo`` (af07–af12, Shehuo parades),
``offices`` (af13–af18, the county offices behind both: department forms, flat lists, template
rows, a budget-system export). Budget year 2026; money in 万元, mostly only in the number format.

Layouts: project heads (operator and unit columns af01/af02; one value column af03, af04, af09,
af10–af12, af17; 中期 and 年度 columns af05/af06), three and two projects stacked in one sheet
(af03, af04), numbered labels with points and an indicator score column (af07), a tier-1 score
column (af08), labels with * and ★ and abbreviations under 目标值（年度） (af09), a two-row
header 绩效指标 / 绩效标准 over 指标内容 (af10), the table on a second sheet under 绩效目标值
(af11), an instruction row and footnotes (af12), department heads with shares and tasks (af13,
af14), flat lists (af15, af16), header 预期目标 (af17), a budget-system export with codes in the
first columns, the header on the third row and repeated after a page break (af18).

Planted mistakes (code, highest accepted severity, place):

* af02: B101 error at the 年度资金总额 cell (Sheet1!C5: 45 ≠ 36 + 6); T105 error, row, 村级龙灯队
  参演率 14支; T106 error, row, 龙灯彩绘验收合格率 ≥ a typed 105%.
* af04: B101 error at the second project's 年度资金总额 (16.5 ≠ 12 + 3.5); T108 warning, row,
  烛火龙灯引发火情发生率 ≥1%.
* af06: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at each of the two
  annual cells of cumulative counts copied from 中期 (巡回演出 ≥40场, 培训骨干 ≥120人).
* af08: F105 error at a 社会效益指标 tier-2 cell under 产出指标; W103 error at the 效益指标 score
  cell (30 declared, 35 below) and at the 满意度指标 score cell (20 declared, 15 below).
* af10: T105 error, row, 社火巡游安全保障到位率 = 到位; T113 warning, row, 巡游节目编排完成时限 =
  a typed 100%.
* af11: X105 warning (X103 accepted) at 其他资金 ``6.4 8``; X104 warning at 计划完成日期 ``46387``
  in a text cell; T105 error, row, 社火节目验收合格率 16个 (sheet 绩效指标).
* af14: B101 error at 资金总额 (110 + 180 ≠ 300); B111 error at the 财政拨款 share 80.00%
  (250 / 300 = 83.33%); B102 error at 金额合计 (70 + 60 + 45 = 175 ≠ 180).
* af16: T112 error (T119 accepted) at 社火巡游场次 ``12场`` with unit column 人; T108 warning, row,
  社火巡游踩踏事故发生率 ≥0.5% marked 反向; W101 error on the book (weights add to 95).
* af17: F110 error at the empty name cell of a row valued ≥4场; F109 warning, row, at the 生态效益
  指标 tier-2 left from the template.

Legitimate look-alikes in the correct returns: 0起 on incident counts (af01 with ≤ 0, af12,
af13, af15); ``=100%`` on 按期举办率 / 按期完成率 (af01 typed, af15 typed); typed percent cells
in af01, af13 and af15; the same indicator names with different values in three stacked projects
(af03); equal 中期 and 年度 values on rates and unit costs, annual counts below period counts in a
three-year project (af05); points both at tier level (in the labels) and per indicator, both
adding to 100, and ``≥5百分点`` on a 参与率 change (af07); ★ and * marks and abbreviated labels
with 成本 under 产出 in OLD-NAT (af09); a footnote breaking down the total, 填表说明, a
signature block and a 2025 fill date (af12 and most returns); a 下降率 with ≥ (af13, af15); a
unit cost × count equal to its task money (af13: 4.3 万元 × 20 = 86); a 合计 row under a flat
list (af15); a repeated header row and codes in the first columns of an export (af18).

Judgements where a reviewer could hesitate: the B101 marks sit at the total cell although a
part could be the wrong figure; in af14 the shares of 基本支出 / 项目支出 match their amounts
against the stated total, so only the 财政拨款 share is marked B111; in af08 the misplaced
社会效益 row's score is counted where it stands (under 产出, which adds up to its 40), so only
效益 and 满意度 get W103; af06 is OLD-NAT, its 成本 row uses 0.7万元/场 so the copied annual
count × cost still stays within the annual money (no B107); af04's 火情发生率 ≥1% is marked a
direction conflict (warning), not an impossibility; af11's serial date makes the plan dates
unreadable, which may also raise date findings there (only X104 is asked for); af16's
``12场`` with 人 is an error (a conflict, §4.2 rule 2).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout490 import lanterns, offices, shehuo
from tests.variants.holdout490.registry import HOLDOUT490
from tests.variants.kit import Variant

MODULES = (lanterns, shehuo, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT490, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 490th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
