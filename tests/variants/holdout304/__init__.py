"""The 304th held-out set: 18 invented returns on civilisation programmes and volunteering.

Theme: 文明创建. ``creation`` (tb01-tb06) holds 新时代文明实践中心 and 文明城市创建 returns,
``volunteering`` (tb07-tb12) 志愿服务 returns, ``customs`` (tb13-tb18) 道德模范评选 and
移风易俗 (婚俗改革, 殡葬改革) returns. Nine returns are correct, nine carry 22 required marks.
Places, units, projects, people, telephone numbers and figures are invented.

Layouts: project heads with one-year money (tb01-tb04, tb11-tb13, tb16-tb18) or 中期/年度 money
(tb09, tb10); department heads with budget rows, tasks and 金额合计 (tb06, tb14, tb15) or
without tasks above a flat list (tb07, tb08); two projects stacked in one sheet (tb04); a
budget-system export with the money on sheet 部门项目支出预算05-1 and the indicators on sheet
部门项目支出绩效目标05-2, header on the third row and codes in the first two columns (tb05).
Tier-1 and tier-2 are merged down everywhere (tier-1, its score and tier-2 in tb17).

Planted mistakes (return, code, highest accepted severity, place):

* tb03-station-money-wrong: B101 error at Sheet1!C5 (row): 年度资金总额 96 ≠ 财政拨款 80 +
  其他资金 12; T106 error at Sheet1!E11: 验收通过率 typed as 105%.
* tb04-stacked-creation: T105 error at 绩效目标表!D25: 背街小巷整治完成率 given as 45条;
  T108 warning at 绩效目标表!D29 (row): 占道经营投诉率 ≥3%.
* tb06-department-page-break: T113 warning at Sheet1!D16: 创建问题整改完成时间 given as 100%;
  T105 error at Sheet1!D21 (alt T102): 市民文明礼仪知晓率 given as the grade 较高.
* tb08-volunteer-flat-defects: T112 error at Sheet1!B9 (row, alt T119): ≥18000小时 against the
  unit column 人次; T108 warning at Sheet1!B12 (row): a 反向 投诉率 with ≥; W101 error on the
  book: the weights add to 95.
* tb09-stations-three-year: D202 warning at Sheet1!E11 and Sheet1!E12: cumulative counts
  copied from the 中期 column; D201 error at Sheet1!E13: 孵化项目 ≥36个 in the year against
  ≥30个 over three years.
* tb11-emergency-words: T108 warning at Sheet1!D9 (row): 培训人数 with 小于等于; T108 warning
  at Sheet1!D13 (row): a cost cap with 等于; X104 warning at Sheet1!E12 (alt T116): the text
  45991, the serial of 2025-11-30.
* tb13-model-template-rows: F109 warning at Sheet1!B12 (row): 时效指标 left empty; F110 error
  at the empty name Sheet1!C15 with the value ≥35万人次; F109 warning at Sheet1!B16 (row):
  生态效益指标 left empty.
* tb15-civil-affairs-money: B101 error at Sheet1!B4 (row): 基本支出 260 + 项目支出 150 ≠ 资金
  总额 430 (财政拨款 + 其他资金 holds); B102 error at Sheet1!D9: tasks 60 + 50 + 30 ≠ 金额合计 150.
* tb16-burial-artefacts: X105 warning at Sheet1!B20 (alt X103): 18.4 5 for 18.45; X106 error
  at Sheet1!B21 (alt B108): 30万30万(含树葬、花葬). Read as 18.45 and 30, the lines add to 86.

Legitimate look-alikes in the correct returns: 0起 on incident counts (tb01 活动安全事故发生
起数, tb18 违规大操大办事件); =100% and a typed 100% on ceiling rates (tb01, tb14, tb18); typed
percent cells with and without an operator column (tb01, tb07, tb10, tb14, tb18); a 下降率 with
≥ and 正向 (tb18 高价彩礼发生下降率); a 流失率 with ≤ and a 增长率 with ≥ (tb07); rises in
百分点 (tb02 ≥3百分点, tb10 ≥6/≥3百分点, tb17 ≥2百分点); 100 both ways when tier points and
indicator points are given, with a total row or a footnote explaining it (tb02 in the labels,
tb17 in two score columns); unit costs × counts within their money (tb01 126 × 0.5万, tb12 800
× 600元, tb14 1200 × 800元 and 30 × 2万, tb18 25 × 2万); rates and unit costs equal in 中期 and
年度 while counts shrink (tb10); a row of typed shares under the department budget (tb14);
abbreviated and starred labels with ★ core indicators (tb12); a 合计 line on the export's money
sheet and a 说明 line under its table (tb05); header words 指标内容/绩效标准 (tb01), 年度指标值
(tb05), 考核指标/目标值（年度） with 指标性质 as direction and 指标方向 as operator (tb18).

Judgements where a reviewer could hesitate:

* A completion date typed as a date cell under an operator ≤ (tb01, tb18) is a deadline, fine.
* Bare typed percent cells (tb10, tb14) lack an operator: at most an info suggestion, no mark.
* 知晓率 较高 (tb06) is a rate without a percentage: T105 at error, as for the seed's
  `成本控制到位率 成本控制到位`; T102 (a text, not a value) is accepted for it.
* The B101 marks are row marks: the finding may land at the total or at a part on its row.
* The duplicate 市民满意度 (≥90% / ≥92%) in tb04's two stacked projects is not a duplicate.
* A fill or signature date in the year before the budget year (tb06, tb07, tb16) is normal.
* In tb09 the copied annual counts still fit the annual budget (60 × 2万 ≤ 150), so no B107;
  the only money issue a reviewer could raise there would be a guess.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout304 import creation, customs, volunteering
from tests.variants.holdout304.registry import HOLDOUT304
from tests.variants.kit import Variant

MODULES = (creation, volunteering, customs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT304, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 304th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
