"""The 522nd held-out set: raisin drying houses and vineyard irrigation in an oasis county
(葡萄干晾房与绿洲灌溉), all invented (苜蓿泉县, 红柳湾乡, 沙枣墩乡, 胡杨渠灌区, 东干渠, 西支渠,
阿克墩片区, 土墩子村; people, phone numbers and figures). Budget year 2025; 18 returns, 9 correct.

Layouts: project heads (``heads.project_head``) with one value column, operator and unit
columns, operators in words with a 正向/反向 column, 中期 and 年度 columns (one-year and
three-year); two projects stacked in one sheet (bl03, bl04); numbered tier labels with points
and a score column (bl05); ``*`` and abbreviated tier labels (bl06); department heads
(``heads.department_head``) with budget rows and key tasks (bl07, bl08, bl13, bl14); flat lists
(bl07 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; bl08 指标名称 · 指标值 ·
指标性质 as direction · 计量单位 · 权重); a table on a second sheet under a two-row header
绩效指标 / 预期实现值 with 注 and 填表说明 rows (bl15); headers 考核指标 / 目标值（年度） / 分值 /
评价标准 with a 小计 row and the header repeated after a page break (bl16); budget-system
exports with sheets
部门项目支出预算05-1 and 部门项目支出绩效目标05-2, the header on the third row and project codes
in the first columns (bl17, bl18).

Planted mistakes (code, highest accepted severity, place):

* bl02-percent-wrong: T106 ≤error at the typed 105% cell of 防尘设施安装验收合格率;
  T108 ≤warning (row) at the ≥ of 葡萄干晾制霉变率 (a 反向 rate).
* bl04-stacked-defects: B101 ≤error at the second project's 年度资金总额 (90 ≠ 60 + 20);
  T105 ≤error at 晾房挂架配套率 ``≥300套``.
* bl06-template-wrong-parent: F110 ≤error at the empty name cell of the ``≥90%`` row; F109
  ≤warning (row) at the tier-2 ``时效`` left without indicator; F105 ≤error at ``社会效益`` under
  ``*产出指标``.
* bl08-flat-defects: T112 ≤error at ``45公里`` (unit column 亩); T108 ≤warning (row) at
  ``≥420`` on 亩均灌溉用水量 declared 反向; W101 ≤error at book level (weights add to 95).
* bl09-multi-year-copied: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D202
  ≤warning at the 年度 cells of 新建灌溉首部泵站 ``≥9座`` and 培训种植户滴灌操作 ``≥1500人次``.
* bl12-direction-wrong: T108 ≤warning (row) at ``等于`` on 单座闸门改造成本 (a cost cap) and at
  ``大于等于`` on 葡萄园亩均灌溉定额 (反向).
* bl14-department-money-wrong: B101 ≤error (row) at 资金总额 1600 (基本 560 + 项目 1000 = 1560);
  B102 ≤error (row) at 金额合计 1000 (tasks 420 + 300 + 260 = 980).
* bl16-page-break-defects: T105 ≤error at 葡萄干农残抽检合格率 ``≥40批次``; T106 ≤error at
  晾房竣工验收合格率 ``≥102%``.
* bl17-export-artefacts: X105 ≤warning (alt X103) at ``386.452 5``; X106 ≤error (alt B108) at
  ``120万120万``; X104 ≤warning at the text ``45839`` in 计划完成日期.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on a pass rate (bl01) and
``=100%`` (bl03, bl10, bl17's clean rows); percent cells with ``%`` also in the unit column
(bl01, bl11, bl18); the same indicator names with different values in two stacked projects
(bl03); tier points in the labels and indicator points in a column, both adding to 100 (bl05);
rate changes in 百分点 (bl05, bl13, bl15); a 下降率 with 大于等于 (bl11) and ≥ (bl09, bl10, bl14);
``≤0`` 起 on a safety-incident count (bl07); identical 中期 and 年度 columns and goals in a one-year
project (bl10); rates and unit costs equal in both columns of a three-year project (bl09);
a footnote explaining that 金额合计 is the project spending only (bl13); fill and signature dates
in 2024 (bl07, bl13, bl15); unit cost × count equal to the money (bl03 second project 90 × 0.8 =
72, bl04 second project 200 × 0.4 = 80); instruction, 小计, 合计 and repeated header rows (bl15,
bl16); a date value with 小于等于 in an operator column (bl12).

Judgements: in bl04 the B101 is placed on the 年度资金总额 cell, though the reviewer cannot tell
which of the three amounts is wrong; in bl14 the B101 lies in the budget row (row mark), since
财政拨款 + 其他资金 = 1600 suggests 基本支出 or 项目支出 is the wrong one. bl08's ``45公里``
has no operator either (info only). bl16's ``≥40批次`` looks copied from the row above; the
mark is a rate given as a count, not a duplicate. bl17's mistaken amounts, read as 386.4525
and 120, make the lines add up, so no B101/B102 is asked for. 0起 (bl07) is a legitimate zero
target, not T115.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout522 import county, drying, irrigation
from tests.variants.holdout522.registry import HOLDOUT522
from tests.variants.kit import Variant

MODULES = (drying, irrigation, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT522, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 522nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
