"""The 458th held-out set: 18 invented returns on **Yangtze finless porpoise (江豚) protection
and fishing-ban (禁捕) patrols**, with a careful reviewer's marks, to measure ``goalbook check``
out of sample. Everything is invented (鹤汀县, 蒲湾区, 鹭洲县, 渚洲市, 沙渚市; people, phone
numbers, figures). Budget year 2025 throughout; money in 万元 (unit in the number format).

Modules: ``porpoise`` (yz01–yz06, 江豚 rescue, monitoring, breeding, 科普, volunteers),
``patrols`` (yz07–yz12, 禁捕 patrols, boats, wardens, monitoring, a 江豚 centre), ``offices``
(yz13–yz18, 退捕 transfer, enforcement, an export, department money, boundary markers).

Layouts: project heads (§3.1) with 中期/年度 or single money columns; department heads (§3.2)
with budget, shares and tasks; tier-1/tier-2 merged down; operator column (指标性质 as
operator, yz01, yz09), direction column (指标性质 正向/反向 with 指标方向 as operator, yz10,
yz18); unit columns; two projects stacked in one sheet (yz07, yz08); flat lists (yz09, yz10);
中期 and 年度 columns in two- and three-year projects (yz03, yz04); tier-1 and indicator
score columns (yz05, yz06); numbered / pointed / ★ / * / abbreviated labels (yz13, yz14);
headers 绩效目标值, 考核指标, 预期实现值, 目标值, 指标值设定依据; a note row between tiers,
注 / 填表说明 / signature lines (yz11); a 小计 row, a header repeated after a page break and a
合计 row (yz12); a budget-system export with codes in the first columns and the indicator
table on a second sheet under a third-row header (yz15).

Planted mistakes (return: code, highest accepted severity, place):

* yz02-monitoring-wrong: X105 warning (alt X103) at Sheet1!C5 (中期资金总额 ``58.247 5``);
  T106 error at the 监测断面覆盖率 value (typed 105%); T105 error at the 声学数据有效率 value
  (``≥3200条``).
* yz04-breeding-copied: D202 warning at the 年度 cells of 新增繁育幼豚 and 饲养技术人员培训
  (cumulative counts copied in a three-year project); T108 warning (row, alt D203) at the 年度
  value of 迁地种群非正常死亡率 (``≥5%`` against ``≤5%`` in 中期).
* yz06-points-wrong: B101 error at 年度资金总额 (68 ≠ 60 + 5); W103 error at the 产出 score
  50 (indicators 45) and at the 效益 score 30 (indicators 35).
* yz08-stacked-wrong: T106 error at 补助按月发放及时率 (typed 110%); B101 error at the second
  project's 年度资金总额 (50 ≠ 42 + 6).
* yz10-flat-wrong: T112 error at ``≤0.8万元`` with unit column 次; T108 warning (row) at
  非法捕捞案件发生率 ``≥3%`` (反向); W101 error on the whole return (weights 95).
* yz12-page-break-template: F109 warning (row) at the empty 社会成本指标 tier-2; F110 error at
  the empty name cell of a row with ``≥6处`` and weight 10.
* yz14-wrong-parent: F105 error at the tier-2 可持续影响 inside the 产出 block; T105 error at
  执法人员持证上岗率 ``56人``.
* yz17-dept-money-wrong: B101 error at 资金总额 410 (基本 150 + 项目 270 = 420); B102 error at
  金额合计 270 (tasks add to 265); X104 warning at Sheet1!E2, the 填报日期 text ``45601``.
* yz18-direction-column: T108 warning (row) at the operator ``≥`` of 单根界桩建设成本 (反向) and
  at ``≤`` of 禁捕水域边界公众辨识率 (正向); T113 warning (alt T105) at 界桩标牌安装完工时间
  ``100`` with unit %.

Legitimate look-alikes in the correct returns: typed percent cells (yz01, yz03, yz09, yz16
shares), ``=100%`` on 覆盖比例 / 查处率 / 合格率 / 按期完成率 (ceiling); ``≤0起`` on an incident
count and ``≤0艘`` on a “三无” ship stock (yz01, yz07: zero targets on incidents, not costs);
a 下降率 with ≥ (yz09); ``比上年提高≥5百分点`` (yz05); tier points and indicator points both 100
plus a 合计 row (yz05); 中期 = 年度 for rates and unit costs in multi-year projects (yz03);
the same indicator name 禁捕水域巡护里程 with different values in two stacked projects (yz07);
unit cost × count within the money (yz01 3.5 × 12 = 42 ≤ 96; yz07 12000 × 80元 = 96万 ≤ 120,
6 × 6 = 36 ≤ 65; yz13 1200 × 0.15 = 180 ≤ 300; yz15 500 × 0.3 = 150 ≤ 210; yz16 20000 × 60元 =
120万 ≤ 150); a fill date in the year before the budget year (yz11, and the department heads'
default 2024-11-20); a note row inside the table, footnotes and signature lines (yz11); a
footnote explaining why 金额合计 equals 项目支出 (yz16); ★ and numbered labels (yz13).

Judgements:

* yz02: the split number is marked as a warning (X105, X103 accepted) and read as 58.2475, so
  the money then adds up; no B101 is expected.
* yz04: the death-rate row also has differing 中期/年度 operators, so D203 is accepted for the
  same problem; 幼豚存活率 and unit costs equal in both columns are not copies.
* yz06 / yz10: the marked W103 (tier) / W101 (flat list) name the only weight problem; in yz06
  the mismatches cancel so the grand totals are 100 at both levels.
* yz08: 非法捕捞案件下降率 ``≥10%`` is a falling rate written positive (not a mistake).
* yz12: the 小计 / 合计 / repeated header rows are not indicators; the weights add to 100.
* yz13: 中央补助 200 + 地方资金 100 = 300 (transfer split); 其他 tier-2 labels are abbreviated
  (社会效益, 可持续影响, 服务对象满意度) and must match their main part.
* yz14: 可持续影响 is under the merged 产出 block, so F105 (wrong parent) is the finding, not a
  missing tier-1.
* yz18: the completion time is a deadline given as a percent (T113); T105 is accepted because
  a reader may see ``%`` as a rate problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout458 import offices, patrols, porpoise
from tests.variants.holdout458.registry import HOLDOUT458
from tests.variants.kit import Variant

MODULES = (porpoise, patrols, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT458, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 458th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
