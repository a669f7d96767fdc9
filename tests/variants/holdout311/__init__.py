"""The 311th held-out set: 18 invented returns on the Yangtze fishing ban and retired fishers
(长江十年禁渔, 退捕渔民安置保障, 渔政执法巡护, 禁捕水域监测, 渔船网具回收处置), written blind
from ``shared/domain.md`` with a careful reviewer's marks. Budget year 2025 throughout; invented
places 澄渚县, 芦湄市, 汊口区, 蓼泾县.

Modules: ``fishers`` (ti01–ti06, resettlement and social security of retired fishers),
``patrol`` (ti07–ti12, enforcement and patrols), ``waters`` (ti13–ti18, monitoring of the
closed waters, recovery and disposal of boats and nets).

Layouts: project heads with 中期 | 年度 money blocks (万元 only in the number format) and
department heads with budget and key-task blocks; tier-1 and tier-2 merged down; one value
column, operator columns (指标性质 / 比较符, symbols or 大于等于 words) with unit columns, 中期 and
年度 columns (ti06, ti15), numbered labels with points (ti07), labels marked ``*`` (ti08),
two-row header 考核指标 / 绩效目标值 (ti09), a budget-system export with codes in the first
columns on a second sheet under 预期实现值 (ti10), notes, 填表说明 and signature lines (ti11),
header 预期目标 (ti12), a spending detail block (ti13, ti16), a flat department list (ti05),
two stacked projects (ti03), tier-1 and indicator score columns (ti17), a column-code row,
subtotals and a header repeated after a page break (ti18).

Planted mistakes (return: code, highest accepted severity, place):

* ti02-job-transfer-defects: T105 ≤error Sheet1!D12 (就业率 ``≥1500人``); T108 ≤warning
  Sheet1!D17 row (返捕复捕率 ``≥2%``); T106 ≤error Sheet1!D19 alt T114 (满意度 ``≥105%``).
* ti04-department-money-defects: B101 ≤error Sheet1!B4 (资金总额 2430.4 against 2340.4 both
  ways); B102 ≤error Sheet1!D9 (tasks 620 + 310 + 160 = 1090 against 金额合计 1080).
* ti06-multi-year-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D201 ≤error
  Sheet1!E12 (帮扶基地 ``≥8个`` a year against ``≥6个`` over three years).
* ti08-marked-labels-wrong-parent: T113 ≤warning Sheet1!D13 (采购完成时间 ``100%``); F105 ≤error
  Sheet1!B16 (``*生态效益指标`` under ``*产出指标``).
* ti10-export-second-sheet: T108 ≤warning 项目支出绩效目标表!F9 row (复发率 ``≥2`` %);
  T112 ≤error 项目支出绩效目标表!F10 row (``≥86公里`` with unit column 条).
* ti12-template-rows-empty: F110 ≤error Sheet1!C12 (empty name, value ``≥640人次``); F109
  ≤warning Sheet1!B16 row (社会成本指标 left empty); F110 ≤error Sheet1!C18 (name cell a
  full-width space, value ``≥85%``).
* ti14-monitoring-money-units: B105 ≤error Sheet1!C6 (其他资金 ``160,000.00元`` in the 万元
  block; B101 file level ≤error tolerated); T106 ≤error Sheet1!E11 (typed ``105%`` on a
  合格率); B107 ≤warning Sheet1!E13 row (12 站点 × 9.5 万元 = 114 > 96).
* ti16-pdf-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 ``46022`` as text); X105 ≤warning
  Sheet1!C21 alt X103 (``112.537 5``); X106 ≤error Sheet1!C22 alt B108 (``40万40万(含运输)``).
* ti17-tier-points-mismatch: W103 ≤error 绩效目标!B15 (成本指标 declared 10, indicator 5;
  W101 file level ≤error tolerated, the indicator scores totalling 95); T108 ≤warning
  绩效目标!E18 row (漏报率 ``≥2%``).

22 required marks on 9 returns; the other 9 returns (ti01, ti03, ti05, ti07, ti09, ti11, ti13,
ti15, ti18) are correct.

Legitimate look-alikes in the correct returns: ``0起`` with ≤ on incident counts (ti01, ti05,
ti09, ti13); 下降率 with ≥ / 大于等于 (ti05, ti07, ti09, ti13, ti18); ``=100%`` and a typed
``100%`` with ``=`` at the ceiling of a rate (ti01, ti03, ti13); ``提高≥5百分点`` on a 知晓率
(ti07); tier points and indicator points both totalling 100 (ti07); a rate as a bare 95 with %
in the unit column (ti09); a 满意度 in both stacked projects with different values (ti03); unit
cost × count equal to the money it comes from (ti03 400 × 200 × 12 = 96 万, ti11 3600 × 100 = 36
万, ti13 140 × 1.5 = 210 and 30 × 1.2 = 36); equal 中期 and 年度 values on rates and unit costs
(ti15); a fill date in 2024 (ti11) and department fill dates in November 2024; subtotal,
column-code, repeated header, note and signature rows (ti11, ti18).

Judgements where a reviewer could hesitate:

* ti02: ``≥105%`` on a 满意度 is an impossibility (T106 error); T114 is accepted as the same
  finding. ``≥1500人`` on a 就业率 is a rate given as a count (T105 error), not a unit warning.
* ti06: 参训渔民就业率 ``≥80%`` / ``≥75%`` differ between columns and are not marked; a rate need
  not be ≤ its period value. Only the cumulative count 帮扶基地 is marked (D201).
* ti08: the 生态效益指标 row sits under 产出指标; F105 at the tier-2 label. ``100%`` on a
  completion time is a doubt (T113 warning), not an impossibility.
* ti10: the unit conflict is marked on the row (value cell) at error, per §4.2 rule 2.
* ti14: the annual block only (年度资金总额 · 财政拨款 · 其他资金); B107 is a warning since the
  count is a floor and the cap a ceiling; the B101 the 元 cell causes is tolerated.
* ti16: the split number and the doubled amount read as 112.5375 and 40 make the lines add up
  to 182; no B102 is expected.
* ti17: a single short tier gives W103 at its score cell; W101 on the indicator total is the
  same slip and is tolerated, not required.
* ti18: 小计 and 合计 rows carry only weights; they are not indicators. 预算执行率 is left out on
  purpose, as the note says.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout311 import fishers, patrol, waters
from tests.variants.holdout311.registry import HOLDOUT311
from tests.variants.kit import Variant

MODULES = (fishers, patrol, waters)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT311, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 311th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
