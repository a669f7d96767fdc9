"""The 295th held-out set: national defence mobilisation and civil air defence.

Theme: 人民防空 (防空警报建设, 人防工程维护: ss01–ss06, ss17, ss18) and the militia, draft and
defence-education work of 国防动员 offices and 人民武装部 (民兵训练, 征兵工作, 国防教育:
ss07–ss15); ss16 is a whole 国防动员办公室 covering both. Budget year 2025; every place, unit,
person, phone number and figure is invented (砚川市, 鹤汀县, 栖梧区, 澄浦区).

Layouts (18 returns, 9 correct): project heads (`heads.project_head`) with 中期/年度 money
columns or a short 年度 block; department heads (`heads.department_head`) with budget, shares
and tasks; tier-1 and tier-2 merged down; an operator column (指标性质) with a unit column and
typed percent cells (ss01, ss02); three and two projects stacked in one sheet (ss03, ss04);
three-year projects with 中期 and 年度 value columns (ss05, ss06); flat department lists, one
with 指标性质 as operator, one with 指标性质 as direction (ss07, ss08); tier-1 and indicator
score columns (ss09, ss10); numbered labels with points, abbreviations, ★ and * (ss11, ss12);
an instruction row under the header, footnotes, 填表说明 and signature lines (ss13); headers
考核指标 / 目标值（年度） / 评价标准 with a 说明 row between the tiers and a stamp line (ss14);
the table on a second sheet under 指标内容 / 预期实现值 with word operators (ss15); a
budget-system export with codes in the first columns, headers on the third row and the
indicators on a second sheet (ss18).

Planted mistakes (23 required marks; code, place, highest accepted severity):

* ss02: T120 Sheet1!E10 ≤error (row, alt T112): 48 typed into a percent cell, shows 48% on a
  count whose unit column says 台; T106 Sheet1!E12 ≤error (row): 警报器完好率 ≥105%;
  T108 Sheet1!D13 ≤warning (row): 警报器年故障率 with ≥.
* ss04: B101 Sheet1!C20 ≤error (row): second project, 财政拨款 70 + 其他资金 15 ≠ 年度资金总额
  80; T105 Sheet1!D25 ≤error: 疏散基地设施维护计划完成率 6处.
* ss06: D204 Sheet1!D9 ≤warning (row): 年度目标 identical to 中期目标 in a three-year project;
  D202 Sheet1!E11 ≤warning (row): 新建多媒体警报器 ≥45台 copied to 年度; D201 Sheet1!E12
  ≤error (row): 控制终端 ≥12套 a year against ≥9套 for three years.
* ss08: T112 Sheet1!B15 ≤error (alt T119): 民兵应急分队集训人数 45万元, unit column 人;
  T108 Sheet1!B18 ≤warning (row): 新兵退兵率 ≥2% declared 反向; W101 file ≤error: weights
  add to 95.
* ss10: W103 Sheet1!B10 ≤error (row): 产出指标 50 over indicator scores adding to 45;
  W103 Sheet1!B15 ≤error (row): 效益指标 30 over 35 (both totals 100, so no W101).
* ss12: X104 Sheet1!F4 ≤warning (row): 计划完成日期 “45961” (2025-10-31) in a text cell;
  F105 Sheet1!B14 ≤error: 4.社会效益指标 inside the 一、产出指标 block.
* ss14: T105 Sheet1!D11 ≤error: 国防教育课程开课率 24课时; T113 Sheet1!D13 ≤warning:
  示范校创建完成时间 100%.
* ss17: B101 Sheet1!B4 ≤error (row): 基本支出 140 + 项目支出 230 ≠ 资金总额 380 (财政拨款 +
  其他资金 holds); F110 Sheet1!C16 ≤error: a ≥98% row under 质量指标 with an empty name;
  F109 Sheet1!B17 ≤warning (row): 时效指标 left from the template, no indicator, no value.
* ss18: X105 项目支出预算表03-1!D4 ≤warning (alt X103): 资金总额 “86.475 0”; B110
  项目支出预算表03-1!D9 ≤error: 试鸣组织及宣传 120000 in a 万元 column (12万元 typed in 元);
  T115 项目绩效目标表03-2!H8 ≤error (row): 警报器单台年维护成本 ≤0 万元/台 (≈0.51 rounded);
  B102 file ≤error tolerated (the 元 line makes the lines miss their 合计).

Legitimate look-alikes in the correct returns: `=` with 100% on a 合格率 and a date cell in
the value column (ss01); the same name (周边群众满意度) with different values in two stacked
projects, `0起` on an incident count, a 下降率 with ≥ (ss03); 2027 dates and three-year totals in
the 中期 column, a rate lower in 年度 than in 中期 (ss05); `=` 0 起 in a flat list, a 合计 row
of the weights, a 退兵率 typed as 1% with ≤ (ss07); tier-1 scores and indicator scores both
adding to 100, `≥3百分点` on a 优良率 change (ss09); labels with points, ★ and *, a
指标值设定依据 column, `100%` on a 登记率 (ss11); an instruction row inside the table and a
footnote splitting the 48万元 total into 30 + 14 + 4 (ss13); 不少于 / 不超过 / 以上 / 不低于 and
a 能耗下降率 with 不低于 (ss15); a row of shares (94.4 % + 5.6 %, 42.4 % + 57.6 %) and tasks
adding to 项目支出 rather than 资金总额 (ss16). Fill and signature dates fall in 2024, the year
before the budget year. Every unit cost × count stays within its money, under any pairing of
matching units (e.g. ss11: 300人 × 1200元/人 = 36万 ≤ 68万).

Judgements where a reviewer could hesitate:

* ss02 E10: the cell shows 48% against a unit column 台; T120 (count as percent) is the code,
  but a T112 unit conflict is an equally fair reading, so an error is accepted.
* ss06: D204 and D202 are warnings (copy-paste is doubtful, not impossible); D201 is an error
  (an annual count above the three-year count cannot be).
* ss12 F4: the serial is an artefact (X104, warning); the date it stands for is in the year, so
  no date finding is asked for.
* ss14 D13: a completion time given as 100% is doubtful (T113, warning), while 24课时 for a
  开课率 is a rate given as a count (T105, error).
* ss18: the split total is read as 86.4750 (a warning), after which 80.475 + 6 holds; the
  120000 line is B110 at the line, the B102 it causes is only tolerated.
* ss17: with 财政拨款 + 其他资金 = 380 and the tasks adding to 项目支出 230, either 资金总额 or
  基本支出 is wrong; the mark is on the budget row, so a finding at any of its cells counts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout295 import air_defence, education_offices, militia
from tests.variants.holdout295.registry import HOLDOUT295
from tests.variants.kit import Variant

MODULES = (air_defence, militia, education_offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT295, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 295th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
