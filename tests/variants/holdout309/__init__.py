"""The 309th held-out set: 18 invented returns on nature reserves, national parks and wildlife
protection (自然保护地整合, 野生动植物保护, 巡护监测, 生态管护员, 疫源疫病监测), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Everything is invented: places
(鹤汀市, 柘原县, 苍榆县, 溆桥镇, 黛岑山国家公园, 鹭沚湾湿地, 雉鸣谷), units, people, phone numbers
and figures. Budget year 2025; money in 万元.

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; tier-1 and tier-2 merged down; numbered labels with points (tg01),
numbered labels (tg18), marked and abbreviated labels (tg17); operator and unit columns (tg01,
tg02, tg06), operators in words (tg07); two-row 中期/年度 header (tg03) and 中期/年度 columns
(tg04); flat lists (tg09, tg10); two projects stacked (tg06); a budget-system export with codes
in the first columns, header on the third row of a second sheet (tg11); a header repeated after
a page break (tg15); tier-1 and indicator score columns (tg13, tg14); detail lines under the
table (tg16); 说明, 注, 填表说明, 合计 and signature rows (tg01, tg05, tg07, tg09, tg13, tg15,
tg17).

Planted mistakes (21 required marks; code, highest accepted severity, place):

* tg02-wetland-boundary: B101 ≤error Sheet1!C5 (年度资金总额 96 ≠ 80 + 12); T106 ≤error
  Sheet1!E11 (完成率 typed as 105%).
* tg04-corridor-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标 in a three-year project);
  D202 ≤warning Sheet1!E11 and Sheet1!E12 (cumulative counts 5处 and 2400亩 copied to 年度).
* tg06-stacked-reserves: B101 ≤error Sheet1!C19 (second project 64 ≠ 50 + 10); T105 ≤error
  Sheet1!E24, row (监控点位在线率 given as 48 个).
* tg08-rescue-direction: T108 ≤warning, row, at Sheet1!D9 (≤ on a 正向 count), Sheet1!D11 (≥ on
  a 死亡率), Sheet1!D14 (= on a unit cost cap).
* tg10-flat-defects: W101 ≤error, book level (weights add to 95); T112 ≤error Sheet1!B8
  (``≥45万元`` against the unit column 户).
* tg12-template-rows: F110 ≤error Sheet1!C12 (empty name cell of a row with ≥90%); F109 ≤warning,
  row, Sheet1!B15 (社会成本指标) and Sheet1!B16 (生态环境成本指标), left without indicators.
* tg14-ranger-points-wrong: W103 ≤error 绩效目标!B9 (产出 declared 50, scores under it 55) and
  绩效目标!B15 (效益 declared 30, scores under it 25); both levels still total 100.
* tg16-patrol-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 ``45930`` as text, 2025-09-30);
  X105 ≤warning Sheet1!D18, X103 accepted (``48.6 5`` for 48.65; the lines then add up to 100).
* tg18-ranger-wrong-parent: F105 ≤error Sheet1!B14 (经济成本指标 under 效益指标); B107 ≤warning
  Sheet1!D14, row (1.2万元/人·年 × 150人 = 180万元 > 年度资金 150万元).

Legitimate look-alikes in the correct returns: ``=100%`` on 验收通过率 / 及时率 / 查处率 (tg01,
tg07, tg09, tg13); a 下降率 with ≥ or 大于等于 (tg01, tg03, tg07, tg09); ``≤0起`` on an incident
count (tg07, and tg02 beside its real defects); ``≥0%`` on a 变化率 of wintering waterbirds
(tg05); ``≥5百分点`` on a coverage rate and ``≤0.9‰`` on a fire rate (tg13); tier points and
indicator points both adding to 100 (tg13); weights adding to 90 as the header and 填表说明 state
(tg05); footnotes explaining a cost total (tg01, tg05, tg13, tg17); a unit cost × count within
the money (tg01 75.6 of 186.5, tg03 288 of 540 and 96 of 180, tg05 162 of 180, tg13 176 of 198,
tg17 18 of 36); typed percent cells (tg01, tg09, tg11, tg13); bare numbers with % in the unit
column (tg07, tg09, tg11); rates equal in 中期 and 年度 while counts differ (tg03); fill and
signature dates in 2024 (tg05, tg09, tg15); a 合计 row in a flat list (tg09) and under a weight
column (tg05); the same 满意度 name with different values in two stacked projects (tg06).

Judgements where a reviewer could hesitate: tg08's ``=28元/只·日`` is marked T108 as an ``=`` on
a cost cap (domain §4.2 rule 7); tg08's ``≤300只`` on animals taken in is marked although a
capacity reading exists, since the output is a count to reach; tg18's B107 is a warning, as the
count is a minimum and the standard a cap; tg06's T105 is marked at the value cell with ``row``
because the unit column also says 个; tg04's copied 年度目标 is D204 only and the copied counts
are D202 per cell, the third count (150台 / 60台) being correct; tg16's serial could also be read
as Y102/Y106 by a reader that decodes it, but only X104 is asked for; tg11's ``稳中有升`` on a
population count is a grade reviewers accept; tg14's tier totals and indicator totals both add
to 100, so no W101 is expected there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout309 import rangers, reserves, wildlife
from tests.variants.holdout309.registry import HOLDOUT309
from tests.variants.kit import Variant

MODULES = (reserves, wildlife, rangers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT309, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 309th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
