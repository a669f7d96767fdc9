"""The 437th held-out set: 宝音图勒县马头琴长调传习学校, a county's Mongolian horse-head fiddle
(马头琴) and long-song (长调) heritage school, budget year 2025. Everything is invented (county,
school, projects, people, phone numbers, figures). ``fiddle`` holds the 马头琴 half (ye01–ye06),
``longsong`` the 长调 half (ye07–ye12), ``school`` the school as a whole (ye13–ye18).

Layouts: project heads with 万元 only in the number format; operator and unit columns (ye01,
ye02); operators inside the values (ye03); 指标性质 as direction with 指标方向 as operator (ye04);
two projects stacked in one sheet with numbered and abbreviated labels (ye05, ye06); multi-year
projects with 中期 and 年度 columns (ye07, ye08); tier-1 and indicator score columns (ye09,
ye10); detail lines under the table (ye11); a budget-system export with codes in the first
columns, a two-row header and the table on a second sheet (ye12); department heads with shares
and key tasks (ye13, ye14); flat lists (ye15, ye16); an instruction row, a header repeated after
a page break, 注 / 填表说明 and signature lines (ye17); header 预期目标 with template rows (ye18).

Planted mistakes (22 required marks; highest accepted severity):

* ye02: B101 Sheet1!C5 ≤error (资金总额 60 ≠ 50 + 8); T106 Sheet1!E11 ≤error (typed 105% on a
  验收合格率).
* ye03: T108 ≤warning, row marks at Sheet1!D9, D11, D13, the values of 惠民演出场次 ``≤30场`` (正向
  count), 演出设备故障率 ``≥2%`` (反向 rate) and 单场演出成本 ``=1.2万元/场`` (= on a cost cap).
* ye06: T105 ≤error at Sheet1!D10 ``20首`` of 传统曲目录制完成率 (first project); B101 ≤error at
  Sheet1!C19, the second project's 资金总额 (25 ≠ 20 + 3).
* ye08: D204 ≤warning at Sheet1!D9, the 年度目标 (copied from 中期目标); D202 ≤warning at Sheet1!E11
  and E12, annual cells of 培养青年长调歌手 and 举办长调演唱会 (two-year project, cumulative counts
  copied).
* ye10: W103 ≤error at Sheet1!B9, the 产出指标 score 50 (indicators 55) and at Sheet1!B13, the
  效益指标 score 30 (indicators 25); T107 ≤warning at Sheet1!E15, 参赛选手满意度 ``=95%``.
* ye11: X104 ≤warning at Sheet1!F4, the 计划完成日期 text ``46022``; X105 ≤warning (alt X103) at
  Sheet1!D19 ``12.345 6``; X106 ≤error (alt B108) at Sheet1!D20 ``8.5万8.5万``. Read as 12.3456 and
  8.5, the lines add up to 36.
* ye14: B101 ≤error at 部门整体!B4, 资金总额 300 (基本支出 190 + 项目支出 120 = 310); B102 ≤error at
  部门整体!D9, 金额合计 120 (tasks 50 + 45 + 20 = 115).
* ye16: T112 ≤error at Sheet1!B9 ``8万元`` under unit 套; W101 ≤error on the whole return (weights
  95).
* ye18: F110 ≤error at Sheet1!C15, the empty name cell of a row valued ``≥85%``; F109 ≤warning (row)
  at Sheet1!B16, the empty 生态效益指标 row.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (ye01, ye15); 教学琴具损坏率 ≤5% and 学员中途流失率 ≤8% (反向 with ≤); 学员中途流失下降率
正向 ≥10 and 教学安全责任事故 ≤0起 (ye04); a unit cost × count equal to the money (ye04: 80 ×
0.3 = 24; ye17: 18 × 1 = 18); ``=100%`` on completion and pass rates at the ceiling (ye05, ye09,
ye12); the same name 参与学员满意度 with ≥90% and ≥92% in two stacked projects (ye05);
equal 中期 and 年度 values for rates and unit costs, strictly smaller annual counts (ye07); tier
scores and indicator scores each adding to 100, with a 合计 row and a 注 explaining it, and a
coverage rate ``提高≥5百分点`` (ye09, also in ye14); fill and signature dates in 2024 (ye13,
ye17 and every signature block); a deadline ``3月31日前`` inside a January–March project (ye17);
shares typed as ``0.00%`` cells adding to 100 % (ye13).

Judgements where a reviewer could hesitate:

* ye03 ``=1.2万元/场`` on a cost is marked T108 (= on a cost cap, §4.2 rule 7), not T107, which is
  for rates.
* ye06/ye02 B101 is marked at the total cell; the parts are not marked.
* ye10: the indicator scores add up to 100 overall, so no W101; only the tier subtotals are wrong.
* ye11: the serial 46022 is 2025-12-31 and would fit the year; X104 is a warning only.
* ye16: ``8万元`` against unit 套 is a unit conflict (T112), an error per §4.2 rule 2.
* ye18: 社会成本指标 / 生态环境成本指标 rows are simply absent (not template leftovers); only the
  empty 生态效益指标 row is marked. ``≤50元/册`` in a 万元 project is a unit cost, not mixed money.
* ye12: the 评价标准 column holds scoring text, not values; the codes are text.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout437 import fiddle, longsong, school
from tests.variants.holdout437.registry import HOLDOUT437
from tests.variants.kit import Variant

MODULES = (fiddle, longsong, school)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT437, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 437th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
