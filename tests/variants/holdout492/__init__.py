"""The 492nd held-out set: invented returns on **pneumoconiosis (尘肺病) screening and aid for
former miners**, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Places, units, people, phone numbers and figures are invented (岑峪县, 石棠区, 柘岭市, 栗坪乡).
Budget year 2025; money in 万元 unless a cell says otherwise.

Layouts
-------
screening.py (ah01–ah06): project heads with money blocks; an operator column with symbols and
大于等于 and a unit column (ah01, ah02); three-year projects with 中期 and 年度 value columns
(ah03, ah04); a head and budget detail lines on 基本信息 with the table on a second sheet under
考核指标 / 目标值（年度） / 评价标准 (ah05); a PDF conversion with detail lines (ah06).
aid.py (ah07–ah12): three and two aid projects stacked in one sheet (ah07, ah08); department
flat lists, 指标性质 as operator (ah09) and as direction in another column order (ah10); a
transfer-payment project with numbered, scored and marked tier labels (ah11); numbered NAT-2021
labels (ah12).
departments.py (ah13–ah18): department heads with a share row and key tasks (ah13, ah14); a
weighted department table with a 说明 row, subtotals, a header repeated after a page break,
填表说明 and signature lines (ah15); template rows left empty under 绩效目标值 (ah16); a
budget-system export, 05-1 money sheet and 05-2 indicator sheet with codes in the first columns
and the header on row 3 (ah17); 指标内容 / 绩效标准 with tier and indicator scores (ah18).

Correct returns (9): ah01, ah03, ah05, ah07, ah09, ah11, ah13, ah15, ah17.

Planted mistakes (24 required marks)
------------------------------------
* ah02: T106 ≤error at the 筛查任务完成率 value (105% typed in Excel); T108 ≤warning, row, at the
  operator of 胸片漏诊率 (≥ on a 反向 rate); T113 ≤warning at the 筛查报告出具时限 value (100%).
* ah04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  cells of 肺功能复查人数 and 患者随访人次 (cumulative counts copied).
* ah06: X104 ≤warning at 计划完成日期 (text ``46022``, the serial of 2025-12-31); X105 ≤warning
  (alt X103) at the detail line ``38.4 5``; X106 ≤error (alt B108) at ``12万12万（含耗材）``.
* ah08: B107 ≤warning, row, at 人均医疗救助金额 of the first project (2000元 × 350人 = 70万 >
  60万); B101 ≤error at the second project's 年度资金总额 (95 ≠ 80 + 10); T105 ≤error at
  救助对象建档率 ``360人``.
* ah10: T112 ≤error at 生活救助人数 ``≥1200元`` (unit column 人); T108 ≤warning, row, at
  救助申请退回率 ``≥5`` (direction column 反向); W101 ≤error, book level (weights 95).
* ah12: F105 ≤error at the tier-2 ``（三）社会效益指标`` under 二、产出指标; T108 ≤warning, row,
  at 救助资金发放差错率 ``≥1%``.
* ah14: B101 ≤error at 资金总额 (300 + 640 ≠ 960); B111 ≤error at the 财政拨款 share (80%,
  should be 83.33%); T105 ≤error at 尘肺病患者随访管理率 ``≥1200人``.
* ah16: F110 ≤error at the empty name cell of a row with ``≥300人次``; F109 ≤warning, row, at
  the empty ``经济效益指标`` template row.
* ah18: W103 ≤error at the 产出指标 score 50 (15 + 15 + 10 + 5 = 45); T107 ≤warning at
  康复患者满意度 ``=95%``; W101 ≤error tolerated at book level (indicator scores add to 95).

Legitimate look-alikes in the correct returns
---------------------------------------------
Typed percent cells (ah01, ah09, ah13 share row), ``=`` with 100% (ah01 档案电子化率,
ah07 ``=100%`` as text, ah05, ah15), 0起 / =0 incident counts and ``0人`` dropouts (ah01, ah09,
ah07), a 下降率 with ≥ (ah09), a 自付比例 lowered by ``≥5百分点`` (ah11), tier points and
indicator points both adding to 100 (ah11), aid standard × count equal to the budget (ah07 all
three, ah11) or to its detail line (ah05), the same satisfaction indicator with different values
in stacked projects (ah07), rates and unit costs equal in 中期 and 年度 (ah03), a note explaining
that 金额合计 is 项目支出 (ah13), 说明 / 小计 / 合计 / 填表说明 / signature rows and a fill date
in the previous year (ah15), tiers repeated on every row of an export (ah17).

Judgements
----------
* ah06: the text ``46022`` in 计划完成日期 is marked X104 only; a date check that reads it is
  not asked for. The detail lines add up once ``38.4 5`` is read as 38.45 and the doubled
  amount as 12.
* ah08: B107 is placed on the first project, whose money adds up, so the overrun does not
  depend on which total of the second project is believed.
* ah14: the 项目支出 and 基本支出 shares match their amounts over 960; only the 财政拨款 share is
  wrong. The B101 is marked at 资金总额 (the one line that does not hold).
* ah18: a tier score that disagrees with its indicators also leaves the indicator total at 95;
  W101 for that is accepted, not required.
* ah07 ``0人`` (受助学生辍学人数) and ah14 ``新建康复站 2个`` carry no operator: an exact
  target a reviewer reads as ``=``, not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout492 import aid, departments, screening
from tests.variants.holdout492.registry import HOLDOUT492
from tests.variants.kit import Variant

MODULES = (screening, aid, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT492, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 492nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
