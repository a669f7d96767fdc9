"""The 792nd held-out set: 18 invented returns on cultural heritage (restoring old ancestral halls,
museum collection digitising, heritage guide training), with a careful reviewer's marks, to
measure ``goalbook check`` out of sample. Its aim is checks across the table: most planted
mistakes are found only by comparing one part of a return with another.

Layouts: project heads (one value column with inline operators; operator and unit columns;
operators in words in a 指标方向 column; 中期 and 年度 columns; two stacked projects), department
heads with budget and task blocks (tiered, flat lists in two column orders, a points column with
小计 / 合计 rows), numbered tier labels with points, marked and abbreviated labels, a two-row
header repeated after a page break, a budget-system export with codes in the first columns and
the table on a second sheet, a table on a second sheet under 预期目标, 注 / 说明 / 填表说明 rows,
signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kdv02-gongshi-emergency: D104 ≤warning Sheet1!D10 (row), area 1500 against the goal's 1200;
  Y102 ≤error Sheet1!D12 (row, alt Y101 Y103), deadline in 2026 in a one-year 2025 project;
  B107 ≤warning Sheet1!D13 (row), 120万元/座 × 3座 = 360 > 300.
* kdv04-guyun-period: D201 ≤error Sheet1!E12, 年度 80件 above 中期 60件; D202 ≤warning
  Sheet1!E13, a cumulative 12份 copied to 年度.
* kdv05-stacked-halls: B101 ≤error Sheet1!C20 (row), second project 180 ≠ 150 + 20; D103
  ≤warning Sheet1!C26 (row, alt D101 F201), 完成屋面瓦件更换面积 under 质量 repeats the 数量
  indicator; F201 ≤warning Sheet1!C30 (row), 参观群众满意度 under 社会效益指标.
* kdv08-calligraphy-dates: Y101 ≤error Sheet1!D4 (alt Y102), plan dates 2024 under a 2025
  title; D104 ≤warning Sheet1!D9 (row), 2000件 against the goal's 3000件; F201 ≤warning
  Sheet1!C13 (row), a 精度达标率 under 时效指标.
* kdv10-museum-money: B101 ≤error 部门整体!B4 (row), 420 + 400 ≠ 860; B102 ≤error 部门整体!D9,
  tasks 360 against 金额合计 400; D104 ≤warning 部门整体!D14 (row), 40万人次 against the goal's 50.
* kdv11-ceramics-three-year: Y103 ≤warning Sheet1!D9 (alt Y101), 年度目标 still says 2024;
  D202 ≤warning Sheet1!E11 (alt D104), 9000件 copied from 中期; B107 ≤warning Sheet1!E15 (row),
  0.2万元 × 1200件 = 240 > 200.
* kdv14-guide-operator-column: D104 ≤warning Sheet1!E9 (row), 4期 against the goal's 6期;
  T105 ≤error Sheet1!E11 (row), 合格率 95人; B107 ≤warning Sheet1!E13 (row), 0.6 × 100 = 60 > 45.
* kdv16-flat-guide-dup: D102 ≤error Sheet1!A17 (row, alt D101 D103), 持证上岗率 twice (≥90 /
  ≥85); W101 ≤error at book level, weights add to 95.
* kdv17-second-sheet-template: F110 ≤error 绩效指标!C5, a value without a name; Y102 ≤error
  绩效指标!D7 (row, alt Y101 Y103), last year's deadline 2024年10月31日; F201 ≤warning
  绩效指标!C10 (row), a 满意度 under 社会效益指标.

Tolerated, not required: the goal cells of kdv02, kdv08, kdv10 and kdv14 (a D104 may land on
the text side), the first occurrence of the repeated indicator in kdv05 and kdv16, the plan end
date of kdv08 (≤error).

Legitimate look-alikes in the correct returns (kdv01, 03, 06, 07, 09, 12, 13, 15, 18): a goal
total with its parts in brackets and each part an indicator (kdv01, kdv07, kdv13); unit cost ×
count exactly equal to the money (kdv01, kdv06, kdv12, kdv13, kdv15, kdv18); a
下降率 with ≥ / 大于等于 (kdv01, kdv15); 0起 on incidents (kdv01, kdv07); `=100%` on a rate as
a typed percent and as text (kdv01, kdv09, kdv15); 100 both ways when tier points and indicator
points are both given (kdv03) and 小计 / 合计 rows beside indicator points (kdv18); rates raised
in 百分点 (kdv03, kdv18); 中期 counts above the year's, equal rates and grades in both columns,
a 2026 deadline in the 中期 column of a 2025–2026 project and 2027 named as the year the work
prepares for (kdv06); the same indicator name with different values in two stacked projects
(kdv12); fill dates in the year before the budget year (kdv01, kdv06, kdv12, kdv18); notes and
footnotes explaining a total (kdv01, kdv07, kdv13).

Judgements where a reviewer could hesitate: a goal count against a ≥ indicator below it (kdv02,
kdv08, kdv10, kdv14) is marked D104 at warning only, since ≥ does not strictly contradict the
text; the plan dates a year behind the title (kdv08) and a deadline outside the one-year project
(kdv02, kdv17) are errors (Y101 / Y102), the plan cannot start before its budget year; a copied
cumulative count (D202) is a warning, an annual count above the period's (D201) an error; a cost
cap × count above the money is B107 at warning (a cap, not a spend); the conflicting duplicate
in kdv16 is D102 at error, one indicator cannot have two targets; the 小计 rows in kdv18 and
the 注 row inside kdv06 are not indicators; 年度修缮任务完成率 equal in both columns (kdv04)
is a rate.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout792 import digitising, guides, halls
from tests.variants.holdout792.registry import HOLDOUT792
from tests.variants.kit import Variant

MODULES = (halls, digitising, guides)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT792, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 792nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
