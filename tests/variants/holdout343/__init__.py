"""The 343rd held-out set: landslide and collapse hazard control (地质灾害防治: 滑坡 monitoring
points, 崩塌 排危除险 and 治理工程, households relocated, early-warning drills, hazard surveys).

18 invented returns (places 岩屏县, 雾岭市, 峒溪镇, 梧坪乡; budget year 2025), 9 correct, 9 with
planted mistakes, in three modules: ``monitoring`` (uo01–uo06: monitoring points, surveys,
drills), ``works`` (uo07–uo12: engineering works, relocation) and ``bureau`` (uo13–uo18:
department returns, notes and template rows, budget-system exports).

Layouts: project heads with an operator column 指标性质 and a unit column under 绩效目标值
(uo01, uo02); department flat lists in two column orders, 指标性质 as operator (uo03) and as
direction (uo04); two projects stacked in one sheet (uo05, uo06); three- and two-year projects
with 中期 and 年度 columns (uo07, uo08); numbered tier labels with a tier-1 score column and an
indicator score column (uo09, uo10); a budget detail block under the table (uo11, uo12);
department heads with key tasks, tier labels with ★ and abbreviated (uo13, uo14); a two-row
header 考核指标 / 目标值（年度） repeated after a page break with 说明, 注 and 填表说明 lines
(uo15); a 备注 column with template rows (uo16); budget-system exports, the indicator table on
sheet 「部门项目支出绩效目标05-2」 with codes in the first columns and the header 预期实现值 on
the third row (uo17, uo18).

Planted mistakes (code, highest accepted severity, place):

* uo02: T106 error at the typed 105 % 监测设备在线率 value; T108 warning (row) on
  预警信息发布时限 with ≥; T115 error at 单台设备年度运维成本 ≤0 万元/台.
* uo04: T105 error at 隐患点排查覆盖率 ≥312 (处); T112 error at 风险调查面积 ≥180万元 against the
  unit column 平方公里; W101 error at book level (weights add to 95).
* uo06: B101 error at the second project's 年度资金总额 95 (80 + 10 = 90); T105 error at
  预警短信覆盖率 ≥12000条.
* uo08: D202 warning at the annual cells of 清除崩塌危岩体 and 新建主动防护网 (two-year totals
  copied); D201 error at 新建被动防护网's annual ≥3100米 above the period ≥2600米.
* uo10: W103 error at the tier scores of 产出指标 (40 against 35) and 效益指标 (30 against 35);
  T106 error at 搬迁群众满意度 ≥100%.
* uo12: B101 error at 年度资金总额 360 (300 + 50); B102 error at the detail 合计 360 (lines add to
  355); X104 warning at the 填报日期 stored as the text 45642.
* uo14: B101 error (row) at 资金总额 980 (基本支出 360 + 项目支出 600 = 960); B102 error at
  金额合计 600 (tasks add to 620); T108 warning (row) on 隐患点监测预警误报率 ≥5%.
* uo16: F110 error at the empty name cell of a 质量 row valued ≥95%; F109 warning (row) at the
  template tier-2 生态效益指标 left without indicator.
* uo18: T105 error at 受威胁群众避险转移覆盖率 ≥860 (人); T113 warning at 调查报告提交时限 shown
  as 100 %.

Legitimate look-alikes in the correct returns: typed percent cells (uo01, uo17); `=100%` on
coverage and 验收合格率 rates, once as text starting with `=` (uo01, uo03, uo05, uo07, uo17); a
预警误报下降率 with ≥ (uo01); 0 on incident counts (因地质灾害造成人员伤亡事件 =0起 / 0起,
因灾死亡失踪人数 ≤0人: uo01, uo03, uo13); the same 受益群众满意度 name with ≥90% and ≥88% in the
two stacked projects (uo05); rates, unit costs and 设计使用年限 equal in the 中期 and 年度
columns while counts fall (uo07); tier points and indicator points both adding to 100 with a
合计 row and a note saying so, and 就业帮扶覆盖率比上年 提高≥5百分点 (uo09); a footnote explaining
that the detail 合计 is the annual total (uo11); unit cost × count equal to the money
(群测群防员补助标准 1800元 × 480人 = 86.4万元 in uo05; 户均补助 2.5万元 × 60户 = 150万元 in uo13);
signature and fill dates in 2024 (the year before the budget year), a header repeated after a
page break and a 说明 row inside the table (uo15); a bare `≥90` with % in the unit column (uo17).

Judgements where a reviewer could hesitate:

* uo08: the D202 marks sit at each annual cell; 工程验收合格率, 平均成本 and 设计使用年限 are
  equal in both columns legitimately (rates, unit costs, not cumulative counts).
* uo12: the head total and the detail 合计 are both 360, yet 财政拨款 + 其他资金 = 350 and the
  lines add to 355: two separate arithmetic failures, two error marks. The serial 45642
  (2024-12-16) in a text cell is an artefact (X104, a warning).
* uo14: the B101 mismatch may be reported at any cell of the budget row (row mark); the tasks
  failing 金额合计 is a separate B102.
* uo16: F109 concerns the row holding the empty 生态效益指标 tier-2 (row mark); no 满意度 or
  产出 requirement fails, since the other tiers are filled.
* uo18: T105 for a 覆盖率 given in 人 is an error (a rate as a count); T113 for a deadline given
  as a percent is only a warning, as in the catalogue.
* uo04: the flat list declares directions (正向/反向) and writes the operators inside the values,
  so no direction conflict; the only 反向 row (单处隐患点排查成本 ≤0.4) has its ≤.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout343 import bureau, monitoring, works
from tests.variants.holdout343.registry import HOLDOUT343
from tests.variants.kit import Variant

MODULES = (monitoring, works, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT343, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 343rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
