"""The 459th held-out set: 18 invented returns of the invented 棠岭县 on covered wooden bridges
and earthen round houses (廊桥、土楼): repair projects and visitor services. Budget year 2026,
money in 万元 (the unit often only in the number format), fill dates in late 2025.

Modules: ``bridges`` (za01–za06, 廊桥 repair), ``roundhouses`` (za07–za12, 土楼 repair),
``visitors`` (za13–za18, visitor services at both). 9 returns are correct, 9 carry 21 required
marks.

Layouts: project heads with operator and unit columns (za01, za02), 中期 and 年度 columns for
two- and three-year projects (za03, za04), 指标性质 as direction and 指标方向 as operator
(za05), a tier-1 score column beside an indicator score column (za06), numbered, pointed,
marked and abbreviated tier labels with a 指标值设定依据 column (za07, za08), two projects
stacked in one sheet (za09, za10), a department flat list (za11), header 预期目标 with template
rows (za12), a 注 row inside the table with 说明, 填表说明 and signature lines (za13), a
department table under 考核指标 / 目标值（年度） with weights, 小计 / 合计 rows and the header
repeated after a page break (za14), the table on a second sheet under 指标内容 / 绩效目标值
(za15), a budget-system export with codes in the first columns and the header on the third
row of 部门项目支出绩效目标05-2 (za16), detail lines under the table (za17), department money
with key tasks (za18).

Planted mistakes (return: code, highest accepted severity, place):

* za02-bridge-percent-wrong: B101 error Sheet1!C5 (row; 资金总额 150 ≠ 120 + 20); T106 error
  Sheet1!E10 (105% typed in Excel on a 验收合格率); T105 error Sheet1!E11 (row; a 完成率 given
  as 12 with unit 处).
* za04-bridge-multi-year-copied: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning
  Sheet1!E11 (cumulative 白蚁防治处理面积 copied into 年度); T108 warning Sheet1!E13 (row,
  alt D203; 白蚁复发率 ≥5% in 年度 against ≤5% in 中期).
* za06-bridge-points: T105 error Sheet1!E11 (覆盖率 given as 36块); W103 error Sheet1!B15 (alt
  W101; 效益指标 declares 30 points, its indicators give 10 + 10 + 5 = 25).
* za08-tulou-wrong-parent: F105 error Sheet1!B14 (经济效益 under 产出); T107 warning
  Sheet1!D17 (=95% on 楼内住户满意度).
* za10-tulou-stacked-defects: B101 error Sheet1!C18 (row; the second project's 96 ≠ 80 + 10);
  T113 warning Sheet1!D23 (排水沟疏通完成时限 given as 100%).
* za12-tulou-template-rows: F110 error Sheet1!C10 (empty name, value ≥6处); F109 warning
  Sheet1!B15 (row; 生态效益指标 left without indicator and value).
* za15-visitor-second-sheet: T105 error 绩效指标!D5 (row; 完课率 given as 40课时); T108 warning
  绩效指标!D8 (row; 研学团队投诉率 ≥2%).
* za17-visitor-artefacts: X104 warning Sheet1!D4 (计划开始日期 as text 46023); X105 warning
  Sheet1!D20 (alt X103; 12.68 typed as 12.6 8); X106 error Sheet1!D21 (alt B108;
  20万20万(含安装)). Read as 12.68, 20 and 20, the lines add up to 52.68.
* za18-visitor-department-money: B101 error Sheet1!B4 (row; 基本支出 190 + 项目支出 100 ≠
  资金总额 300, which does equal 280 + 20); B102 error Sheet1!D9 (tasks 40 + 35 + 20 = 95 ≠
  金额合计 100).

Legitimate look-alikes in the correct returns: =100% typed as a percent cell (za01, za11) and
as text (za03, za16, where an export keeps it text); ≤0起 / ≤0处 on incident and defect counts
(za01, za05, za09, za11); 下降率 with ≥ (za05 虫蛀构件比例下降率, za09 墙基受潮面积下降率);
rates raised in 百分点 (za05, za11, za16); 中期 = 年度 for rates, unit costs and a 10-year data
retention period in a three-year project, counts split by year (za03); tier points only in the
labels, adding to 100 (za07); the same names with different values in two stacked projects
(za09); weights with 小计 and 合计 rows that must not be added again (za14); a 说明 line
restating how the total splits (za13); a unit cost × count equal to the money (za16: 80 人 ×
1500 元 = 12 万元) or below it everywhere else; fill and signature dates in 2025.

Judgements where a reviewer could hesitate:

* za03 `监测数据保存年限 ≥10年` in both columns is a duration, not a cumulative count: no D202.
* za04: the wrong operator sits in the 年度 column only; T108 is the mark, D203 (the two
  columns written differently) names the same row and is accepted.
* za06: the indicator points add to 95, so W101 on the total is the same fault as W103 on
  效益指标 and is accepted as an alternative, not asked for separately.
* za10: a deadline given as 100% is T113 (warning), not T105: the name has no rate word.
* za12: 生态效益指标 is NAT-2021's optional tier-2; left as a template row it is a warning
  only. The F110 row sits under 数量指标 (merged down), so no tier finding.
* za18: 资金总额 agrees with its sources, so either 基本支出 or 项目支出 is wrong; the mark is
  on the budget row (row=True). 金额合计 equals 项目支出, the tasks fall short of both.
* za05 and za11 omit operators from the value (they sit in their own column): not T103.
* za14 `导览平台年运维费 ≤25万元` equals the task budget: a cap, not an overrun.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout459 import bridges, roundhouses, visitors
from tests.variants.holdout459.registry import HOLDOUT459
from tests.variants.kit import Variant

MODULES = (bridges, roundhouses, visitors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT459, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 459th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
