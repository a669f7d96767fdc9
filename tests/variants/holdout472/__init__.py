"""The 472nd held-out set: 18 invented returns on **chestnut (板栗) forest renewal** and **village
tofu workshop (豆腐坊) hygiene upgrades**, with a careful reviewer's marks (domain.md), to
measure ``goalbook check`` out of sample. Budget year 2025 throughout; all places, units,
people, phone numbers and figures are invented.

Modules: ``forest`` (zn01–zn06, chestnut projects), ``workshops`` (zn07–zn12, tofu workshops),
``accounts`` (zn13–zn18, money, points, late headers and artefacts over both halves).

Layouts: project heads with one-year money rows (万元 only in the number format) or 中期/年度
money blocks; department heads with budget rows, typed percent shares and key tasks; operator
and unit columns (zn01, zn02, zn11); one value column with inline operators; 中期 and 年度 value
columns (zn03, zn04); two projects stacked in one sheet (zn05, zn06); numbered and pointed tier
labels with a ``*`` mark and abbreviated tier-2s (zn07, zn08); flat department lists 指标名称 ·
权重 · 计量单位 · 指标性质 (operator) · 指标值 (zn09, zn10); a 注 row inside the table, the
header repeated after a page break, 注 and 填表说明 lines, signature and stamp lines (zn11);
header words 预期目标 (zn12), 绩效目标值 (zn13), 预期实现值 (zn17); tier-1 and indicator score
columns with a 合计 row (zn15, zn16); a budget-system export on a second sheet with a project
code column and the header on the third row (zn17); money detail lines under the table (zn18).

Planted mistakes (return: code, highest accepted severity, place):

* zn02: T106 ≤error at the 嫁接成活率 value (typed 105%); T108 ≤warning (row) at the operator
  of 栗实象甲虫果率 (≥ on a reverse rate).
* zn04: D204 ≤warning at the 年度目标 cell (identical to the 中期目标); D202 ≤warning at each of
  the two annual cells copied from the 中期 column (板栗林更新面积, 栗园作业道建设长度).
* zn06: B101 ≤error at the second project's 年度资金总额 (80 ≠ 50 + 20); T105 ≤error at the
  林下套种覆盖率 value (≥300亩).
* zn08: T108 ≤warning (row) at 每家改造成本 =3万元/家 (= on a cost cap); T108 ≤warning (row)
  at 豆制品微生物抽检不合格率 ≥3%; F105 ≤error at the tier-2 cell 2.时效指标 under 三、效益指标.
* zn10: W101 ≤error on the whole return (weights add to 95); T112 ≤error at the value 12万元
  against the unit column 家.
* zn12: F109 ≤warning (row) at the template tier-2 生态环境成本指标 with no indicator; F110
  ≤error at the empty name cell of the 质量指标 row with value ≥95%.
* zn14: B101 ≤error (row) at 资金总额 900 (基本支出 520 + 项目支出 330 = 850); B102 ≤error at
  the tasks' 金额合计 330 (120 + 90 + 100 = 310); T105 ≤error at 小作坊监督检查覆盖率 ≥120家.
* zn16: W103 ≤error at the 效益指标 score 30 (indicators add to 25; W101 accepted); T105
  ≤error at the 嫁接成活率 value ≥12000株.
* zn18: X105 ≤warning at 年度资金总额 ``86.4 5`` (X103 accepted); X106 ≤error at the detail
  line ``26.45万26.45万(含运输)`` (B108 accepted).

Legitimate look-alikes in the correct returns: reverse rates with ≤ (栗瘿蜂虫株率, 病虫害发生率,
抽检不合格率, 成灾率 ≤3‰); typed percent cells with a % unit column (zn01, zn09) and typed
percent shares (zn13); ``=100%`` on a ceiling rate (zn11 验收合格率, zn13 管护责任落实率); a
rate raised in 百分点 (zn02 as a non-marked row, zn15); ``0起`` on an incident count (zn07);
unit cost × count equal to the money (zn05 second project, zn07, zn13 task, zn15, zn17);
rates and unit costs equal in 中期 and 年度 columns of a multi-year project (zn03); the same
indicator name 嫁接成活率 with different values in two stacked projects (zn05); 100 both ways
when tier points and indicator points are both given, each in its own column (zn15); tier
points inside the labels (zn07); a fill date and signature date in the year before the budget
year (zn11 2024-12-10, zn13 填报日期 2024-11-18); 注 / 填表说明 / repeated header rows (zn11).

Judgements where a reviewer could hesitate:

* zn02 栗果商品率提高 ≥5百分点 is a valid rate change, not a count.
* zn08 ``=3万元/家`` is marked T108 per domain.md §4.2 rule 7 (= on a cost cap), as in the
  main corpus; T107 is not used because it is not a rate.
* zn07 ``0起`` on 豆腐坊食品安全事故 has no operator: read as exactly 0, a legitimate zero
  target on a reverse count, not T115.
* zn14 the B101 is a row mark on the budget row: the finding may land on 资金总额 or on the
  基本支出 / 项目支出 cells.
* zn16 the tier score mismatch also makes the indicator scores total 95: W101 is accepted as
  the same problem.
* zn18 once ``86.4 5`` is read as 86.45, 60 + 26.45 and the detail lines add up; no B101/B102.
* zn17 values in the 预期实现值 column are bare numbers with operators and a 计量单位 column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout472 import accounts, forest, workshops
from tests.variants.holdout472.registry import HOLDOUT472
from tests.variants.kit import Variant

MODULES = (forest, workshops, accounts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT472, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 472nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
