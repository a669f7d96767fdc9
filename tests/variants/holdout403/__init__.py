"""The 403rd held-out set: 18 invented returns on seal carving and Chinese painting public
classes in cultural centres (篆刻/国画公益课堂), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Places, units, people, phones and figures are invented
(栖梧县, 澄砚区, 墨川市 and its 云栖区 / 松坪镇). Budget year 2026 throughout; fill and
signature dates fall in 2025.

Modules: ``seal`` (ww01–ww06, 篆刻), ``painting`` (ww07–ww12, 国画), ``centres`` (ww13–ww18,
cultural centres running both: department forms, footnotes, a budget-system export, stacked
projects). 9 correct returns, 9 with planted mistakes, 24 required marks.

Layouts: project heads with 万元 money in the number format (one-year 年度资金总额 / 财政拨款 /
其他资金; multi-year 中期 and 年度 columns); department heads with a budget row, a share row and
key tasks; operator and unit columns (ww01, ww02); one value column (ww03, ww09, ww15, ww18);
flat lists 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (ww04, ww16); numbered tier
labels with points and a 分值 column (ww05); tier-1 score and indicator score columns (ww10,
ww11); header words 预期目标 (ww06), 绩效目标值 (ww01), 中期/年度指标值 (ww07), a two-row
header 指标值 over 中期 / 年度 (ww08), 指标内容 / 绩效标准 on a second sheet 绩效指标 (ww12);
abbreviated labels (ww13 with ★, ww15); stacked projects (ww03, ww18); a budget-system export
with codes in the first columns, operators in words and the header on the third row of a second
sheet (ww17); 注 / 说明 / 填表说明 rows, a stamp, signature and date lines (ww06, ww13, ww15),
a page break with the header repeated and 小计 / 合计 rows (ww16).

Planted mistakes (return: code, highest accepted severity, place):

* ww02-seal-rate-wrong: T106 ≤error Sheet1!E12 (体验课完成率 ≥ 105 %, a typed percent);
  T108 ≤warning Sheet1!D15, row (课堂学员流失率 with ≥ in the operator column).
* ww04-seal-flat-wrong: T112 ≤error Sheet1!E8, row (value 24场, unit column 课时);
  T105 ≤error Sheet1!E9, row (展评入选率 30, unit 件); W101 ≤error book level (weights add to 90).
* ww06-seal-template-empty: F110 ≤error Sheet1!C10 (value ≥2场 without a name, empty cell);
  F109 ≤warning Sheet1!B12, row (时效指标 left empty); F109 ≤warning Sheet1!B15, row
  (生态效益指标 left empty).
* ww07-ink-multi-year: D202 ≤warning Sheet1!E11 and Sheet1!E12 (开班期数 and 培训学员人次 copied
  from the three-year column, against the 年度目标 of 8 期 / 400 人次); D201 ≤error Sheet1!E13
  (写生采风活动场次 ≥9场 in the year against ≥6场 over three years).
* ww09-ink-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 typed as the text 46387);
  X105 ≤warning alt X103 Sheet1!C6 (财政拨款 “18.356 0”, read as 18.356 the money adds up);
  X106 ≤error alt B108 Sheet1!B19 (detail line “3.6万3.6万”, read as 3.6 the lines add up).
* ww11-ink-points-wrong: W103 ≤error Sheet1!B9 (产出 50 against 45 below it); W103 ≤error
  Sheet1!B14 (效益 20 against 25); T113 ≤warning Sheet1!E12 (展举办时间 100%). Both score
  columns total 100, so no W101.
* ww14-centre-money-wrong: B101 ≤error Sheet1!B4 (资金总额 152.8 = 财政拨款 + 其他资金, but
  基本支出 + 项目支出 = 148.8); B102 ≤error Sheet1!D10 (金额合计 54.3 against tasks of 52.3);
  T105 ≤error Sheet1!D14 (学员到课率 320人次).
* ww17-centre-export-wrong: T108 ≤warning 部门项目支出绩效目标05-2!F8, row (课堂观众投诉率
  大于等于 2 %); T107 ≤warning 部门项目支出绩效目标05-2!G10, row (学员满意度 等于 95 %).
* ww18-centre-stacked-wrong: B101 ≤error Sheet1!C20 (second project 9.8 ≠ 8.0 + 1.2);
  T105 ≤error Sheet1!D26 (second project's 装裱完成率 60幅; the first project has ≥90%).

Legitimate look-alikes in the correct returns: typed percents (pct) with ``=`` on 开课率 100 %
(ww01) and bare 85 / 90 / 95 with % in a unit column (ww16); 0起 / 等于 0 起 on an incident
count (ww05, ww16); tier points in the labels and an indicator 分值 column both giving 100
(ww05), tier-1 and indicator score columns both 100 with a 合计 row (ww10); ≥3百分点 on a share
raised (ww10); 学员缺课人次下降率 ≥5% with a 说明 defining it (ww12); the same indicator names
with different values in stacked projects (ww03); a 2027 deadline in the 中期 column of a
two-year project, annual counts below period counts, rates and unit costs equal in both columns
(ww08); a footnote saying 金额合计 is 项目支出 only (ww13); 小计 rows and a repeated header in a
flat list (ww16); unit cost × count equal to, never above, its money (ww03 0.8万元 × 12期 = 9.6,
ww09 600元 × 160课时 = 9.6, ww12 1.9万元 × 8期 = 15.2, ww15 550元 × 120人次 = 6.6).

Judgements where a reviewer could hesitate:

* ww07: D202 is marked only on the two cumulative counts copied (a three-year project whose
  年度目标 text says 8 期 / 400 人次); rates, the unit cost and 师资库人数 (a stock) equal or
  lower are not marked. The annual 24-期 copy does not make the unit cost exceed the money.
* ww09: the date serial is marked at the date cell only; a Y-code there would be off the mark.
* ww17: 课程完成率 等于 100 % is the ceiling, not a T107; the satisfaction 等于 95 % is marked
  T107 at the value cell with row=True as the 等于 sits in the operator column.
* ww06: an empty 生态效益指标 tier-2 is a template leftover (F109), not a missing required tier.
* ww13: 占比 typed as 0.00% percents, rounded shares adding to 100.00 %.
* ww18: B101 at the 年度资金总额 cell of the second project; no B-code on the first.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout403 import centres, painting, seal
from tests.variants.holdout403.registry import HOLDOUT403
from tests.variants.kit import Variant

MODULES = (seal, painting, centres)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT403, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 403rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
