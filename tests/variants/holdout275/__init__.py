"""The 275th held-out set: 18 invented returns on party schools, cadre training and talent
programmes (党校培训, 干部教育培训, 高层次人才引进, 博士后工作站, 人才公寓), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Places (云樾市, 望川区, 榆湾县,
澄岭县, 鹤汀市), units, people, phone numbers and figures are invented.

Layouts. ``schools`` (cadre training): ry01 project with numbered tier labels carrying points,
operator, unit and score columns; ry02 project with 指标性质 as direction and 指标方向 as
operator; ry03 three-year project with 中期 and 年度 columns; ry04 project under 指标内容 /
预期实现值 with a 注 row between tier blocks, 填表说明, 注 and signature lines; ry05 a party
school's department return with typed shares and key tasks; ry06 two training projects stacked
in one sheet. ``talent``: ry07 project with a tier score column and an indicator score column;
ry08 project with a detail block under the table; ry09 project with a two-row header
(考核指标 · 预期目标 over 绩效目标值 · 备注); ry10 department flat list (指标名称 · 权重 ·
计量单位 · 指标性质 as direction · 指标值); ry11 project under 绩效标准 with template rows;
ry12 head on a first sheet, the table on a second sheet as a budget-system export (codes in the
first columns, header on the third row, 目标值（年度） and 评价标准). ``offices`` (both halves):
ry13 an organisation department's return with labels marked and abbreviated (*产出指标, 数量,
★ on core indicators); ry14 project with numbered labels and two score columns; ry15 department
flat list with operators in words (大于等于) and bare numbers; ry16 two talent projects stacked;
ry17 project with a detail row above the table, 小计 rows, the header repeated after a page
break and a 说明 line; ry18 two-year talent-apartment project with 中期 and 年度 columns.

Planted mistakes (return: code, highest accepted severity, place; 24 required marks):

* ry02-base-direction: T108 warning, row of 现场教学点开放数量 (正向 count with ≤, at the
  operator Sheet1!E9); T106 error at Sheet1!F11 (学员到课率 typed as 102%); T108 warning, row
  of 现场教学安全事故发生率 (反向 rate with ≥, at Sheet1!E15).
* ry03-campus-period: D202 warning at Sheet1!E11 and Sheet1!E12 (智慧教室 ≥18间 and 精品课程
  ≥300门 copied from the three-year column); D201 error at Sheet1!E13 (annual ≥9000人次 above
  the period's ≥6000人次).
* ry06-stacked-rural: B101 error at 绩效目标表!C20 (second project: 110 + 15 ≠ 120); T105
  error at 绩效目标表!D25 (实训计划完成率 │ 8期); B107 warning, row 绩效目标表!27 (2500元/人 ×
  600人 = 150万元 above the project's 120万元).
* ry08-apartment-artefacts: X104 warning at Sheet1!F4 (计划完成日期 the text ``46022``); X105
  warning at Sheet1!C6, alt X103 (财政拨款 ``1206.37 5``, read 1206.375); X106 error at
  Sheet1!B19, alt B108 (明细 ``326万326万``, read 326).
* ry10-talent-flat: W101 error, book level (weights add to 95); T112 error at Sheet1!E10
  (``320万元`` against the unit column 人); T108 warning, row of 人才服务投诉率 (反向 with ≥, at
  Sheet1!E12).
* ry11-postdoc-template: F110 error at the empty name Sheet1!C10 (value ≥6项 without a name);
  F109 warning, row of 生态效益指标 (Sheet1!B15) left from the template.
* ry13-org-dept-money: B111 error at Sheet1!E5 (基本支出 share 62.97% against 1460 ÷ 2180 =
  66.97%); B102 error at Sheet1!D10 (320 + 260 + 150 = 730 ≠ 金额合计 720); F202 warning, row
  of 预算执行率 under 成本指标 (Sheet1!C18).
* ry14-recruit-points: W103 error at 绩效目标!B13, alt W101 (效益 declared 30, indicators
  10 + 10 + 5 = 25); F105 error at 绩效目标!C14 (2.时效指标 under 三、效益指标). W101 at book
  level is tolerated, not required (the indicator points then add to 95).
* ry17-training-notes: B102 error, row Sheet1!9 (明细 28 + 46 + 9 + 15 = 98 against 合计 96);
  T113 warning at Sheet1!D14 (初任培训完成时间 │ 100%).

Legitimate look-alikes in the correct returns: ry01 and ry07 give points at both levels (tier
labels or a tier column, and indicator points, each adding to 100), typed percents with ``%``
also in the unit column, ``=`` with 100% on a 完成率 / 及时率, signature dated in the year
before; ry07 raises a share by ``≥ 5 百分点`` (a percentage, not a count); ry04 has ``0起`` for
safety incidents, a 注 row inside the table, 填表说明 and a signature dated 2025 for a 2026
budget; ry05 and ry15 shares and weights add to 100%, cost standards × counts stay within their
task or 项目支出; ry06's first project and ry16's first project have a cost standard × count
equal to the money (not above it); ry09 has a 下降率 with ≥ and two cost standards whose
products add to 540 of 580; ry12 keeps ``=100%`` as text on an 审核合规率 and repeats tier
labels and codes in every export row; ry15 has ``等于 0 起`` on incidents and a 发生率 with
小于等于; ry16 has the same 服务对象满意度 with ≥90% and ≥85% in two stacked projects; ry18
has annual counts below the period counts, equal rates, unit costs and 使用年限, and a 中期
deadline in 2026 inside its two-year period.

Judgements where a reviewer could hesitate: ry03's D202 marks are warnings (a three-year count
copied into the year is doubtful, not impossible) while ry03's annual 9000 above the period's
6000 is an error. ry06's B107 is a warning: a cost standard is a cap, so 2500 × 600 above the
money is doubtful rather than impossible. ry08's ``1206.37 5`` is read as 1206.375, with which
the money adds up, so no B101 is asked for; ry08's detail lines add up once ``326万326万`` is
read as 326. ry10's W101 is at book level because no single cell holds the wrong total. ry11's
empty 生态效益指标 is a warning only (offices often leave unused template tier-2s). ry13's wrong
share is marked B111 only, although 62.97% + 33.03% also fails to reach 100%. ry14's gap shows
both as W103 (at the tier score) and, tolerated, as W101. ry16's 租房补贴 standard is per month
(1000元 × 12 × 100人 = 120万元 of 144万元). ry17's B102 is a row mark on the 合计 line of the
detail row, whichever cell of it a checker names.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout275 import offices, schools, talent
from tests.variants.holdout275.registry import HOLDOUT275
from tests.variants.kit import Variant

MODULES = (schools, talent, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT275, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 275th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
