"""The 717th held-out set: 18 invented returns of 蔺山县 (an invented county) on special
education: the county special-education resource centre (特殊教育资源中心), home-delivered
schooling for children too disabled to attend school (送教上门), and assistive-device subsidies
for disabled children (辅助器具适配补贴). Budget year 2026, money in 万元 (mostly only in the
number format). Nine returns are correct; nine carry 2–3 planted mistakes (24 required marks,
19 of them found only by comparing one part of the return with another).

Layouts: project heads with one value column (指标值 · 指标值设定依据 · 备注), with an operator
column and a unit column (kay01, kay07), with 中期 and 年度 columns (kay02, kay10, kay18), with a
tier-1 score column and an indicator score column (kay08); tier labels numbered with points
(kay04), marked with * and ★ (kay08) or abbreviated (kay12); two projects stacked in one sheet
(kay03, kay17); department heads with tasks and a 考核指标 · 目标值（年度） · 评价标准 table
(kay13), a weight column with subtotal rows and the header repeated after a page break (kay15), a
flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kay11); a budget-system export with codes
in the first columns, money on 「部门项目支出预算05-1」 and the indicators on a second sheet
「部门项目支出绩效目标05-2」 (kay14). Notes, 填表说明, signature and date lines under most tables.

Planted mistakes (return, code, highest accepted severity, place):

* kay02-songjiao-midterm: D104 ≤warning, row of 送教上门学生数 (年度目标 58名, annual value
  ≥65人; the goal cell tolerates it); D201 ≤error, annual 送教教师培训人次 ≥150 above the
  period's ≥120; T108 ≤warning (alt D203), row of 送教学生流失率 (annual ≥3%, period ≤3%).
* kay04-songjiao-numbered: D101 ≤warning (alt D103, F201), row of 送教上门服务学生人数 under 质量
  (the 数量 indicator again with 人 added); F201 ≤warning, row of 康复训练目标达成率 under 时效;
  Y102 ≤error (alt Y103), the value 2027年1月15日前 of a one-year 2026 project.
* kay06-songjiao-template: Y101 ≤error (alt Y102), row of the plan dates (2025-01-01 to
  2025-12-31 in a 2026 return); F109 ≤warning, row of 生态效益指标 left from the template.
* kay09-fuju-cost: B101 ≤error, row of 年度资金总额 (150 ≠ 120 + 20); B107 ≤warning, row of
  助听器适配补贴标准 (8000元 × 260台 = 208万 above the money); T108 ≤warning, row of
  助听器适配返修率 ≥5%.
* kay11-fuju-flat: Y103 ≤warning, the name 2024年度辅具回收再利用件数; X104 ≤warning, the text
  46356 as the 拨付完成时间; D102 ≤error (alt D101, D103), row of the second 辅具适配服务人数
  (260 against 300).
* kay12-fuju-abbreviated: F201 ≤warning, row of 单台助听器补贴标准 under 数量; F201 ≤warning,
  row of 家庭无障碍改造满意度 under 社会效益.
* kay16-centre-leftover-year: Y103 ≤error (alt Y101), the 年度目标 naming 2025; D104 ≤warning,
  row of 巡回指导人次 ≥160 against the goal's 200; T106 ≤error, 筛查覆盖率 ≥105%.
* kay17-centre-stacked-wrong: B101 ≤error, row of the second project's 年度资金总额 (45 ≠ 30 +
  10); D101 ≤warning (alt D103), row of 巡回指导覆盖学校数 (the row above with 覆盖 added).
* kay18-centre-two-years: D204 ≤warning, the 年度目标 cell (copied from 中期目标); D202 ≤warning
  (alt B107), annual 资源教室建设数 ≥12间 copied from the period; Y102 ≤error (alt Y103), the
  period deadline 2028年6月30日前 of a 2026–2027 project. The annual unit cost cell tolerates
  the B107 the copied count causes.

Legitimate look-alikes in the correct returns: percentages typed in Excel (kay01, kay07, kay11);
`=100%` on a 制定率 / 合格率 at the ceiling (kay01, kay03, kay05, kay08); a 0起 incident count
with ≤ (kay01); a 下降率 with ≥ (kay05, kay15); the goal's total with its parts in brackets
(kay07: 300名 = 80 + 140 + 80); unit costs × counts within or equal to their money (kay01
2480×60元, kay03 80×1500元 = 12万, kay07 102万 of 120, kay08, kay13, kay14 ≤40万元 = 40,
kay15 66 of 70, kay10 900×3000元 = 270 of 300); the same 满意度 name with different values in
two stacked projects (kay03, kay17); the period's counts beside smaller annual counts and rates
equal in both columns (kay02, kay10, kay18); a later year the work prepares for
(kay05: 为2027年…积累经验); fill and signature dates in December 2025 and an export date
2025-12-20; a 百分点 target on a rate change and tier points beside indicator points, each level
adding to 100 (kay08); subtotal and 合计 rows in a weight column (kay15); a footnote explaining a
total (kay05, kay07).

Judgements where a reviewer could hesitate:

* kay16: a 2026 goal that names 2025 is a leftover year, marked Y103 but accepted as an error
  (Y101) because the goal's year contradicts the title.
* kay09: the money is wrong either way (140 or 150), and 208万 exceeds both, so B107 stays.
* kay02: the annual 流失率 ≥3% is a direction conflict; D203 (operators differ between the
  columns) names the same row and is accepted.
* kay04: the repeated 学生数 under 质量 is one problem (a duplicate misplaced); D101, D103 and
  F201 are all accepted for it at that row.
* kay11: 46356 is a text cell; a reviewer reads it as the serial of 2026-11-30 (X104).
* kay18: the copied annual count makes 12间 × 15万 exceed the annual 90万; the B107 it causes
  is tolerated, D202 is the mistake.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout717 import centre, delivery, devices
from tests.variants.holdout717.registry import HOLDOUT717
from tests.variants.kit import Variant

MODULES = (delivery, devices, centre)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT717, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 717th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
