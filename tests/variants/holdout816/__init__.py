"""The 816th held-out set: 18 invented returns on rural drinking-water safety (水质检测,
管网延伸, 消毒设备), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Its aim: mistakes found only by comparing one part of a return with another.

Modules: ``quality`` (ket01–ket06, water-quality testing), ``pipes`` (ket07–ket12, pipe
extension), ``disinfect`` (ket13–ket18, disinfection equipment); ``common`` holds the shared
helpers (book and first sheet, 万元 money rows, indicator tables with tiers merged down,
detail blocks, notes, signature lines).

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and key tasks, two projects stacked in one sheet, flat lists (two column
orders), operator / direction / unit columns, numbered, pointed and abbreviated tier labels,
headers 考核指标 · 目标值（年度） · 评价标准 on a second sheet, 预期目标, 绩效目标值 under a
two-row header with two column sets, a header repeated after a page break, 注 / 说明 /
填表说明 rows, signature and date lines, a detail block under the table.

Planted mistakes (return: code, highest accepted severity, place):

* ket03-sampling-goal-mismatch: D104 warning Sheet1!E11 (row), goal 1800份 vs ≥1500份;
  D201 error Sheet1!E12, a year's 110 villages above the period's 98; D202 warning Sheet1!E13
  (alt D104), the period's 24期 copied into the year (goal says 12期).
* ket05-lab-year-leftover: Y103 warning Sheet1!B7, 2024年度 in a 2026 goal; F201 warning
  Sheet1!C11 (row), 准确率 under 时效; Y102 error Sheet1!D12 (row), a 2025 deadline.
* ket06-lab-second-sheet-dup: D101 warning 绩效指标!C5 (row), the same count twice under
  数量; D102 error 绩效指标!C8 (row, alt D103), one rate with 95% and 90%.
* ket08-pipe-cost-over: D104 warning Sheet1!D9 (row), goal 18公里 vs ≥15公里; B107 warning
  Sheet1!D13 (row), 40 × 15 = 600 > 500; B102 error Sheet1!C21 (row, alt B101), detail
  lines 520 against 合计 500.
* ket11-pipe-wrong-tier: F201 warning Sheet1!C10 (row), a village count under 质量; T108
  warning Sheet1!D14 (row), 管网漏损率 ≥10%.
* ket12-pipe-multi-year-copied: D204 warning Sheet1!D9, 年度目标 = 中期目标; D202 warning
  Sheet1!E11 and Sheet1!E12, three-year length and households copied into the year.
* ket14-disinfect-flat-weights: T105 error Sheet1!B9 (row), 正常运行率 36台; W101 error at
  book level, weights add to 95.
* ket16-disinfect-money-wrong: B101 error Sheet1!B4, 140 + 180 ≠ 310; B102 error Sheet1!D9
  (row), tasks 178 against 金额合计 180; D104 warning Sheet1!D12 (row), goal 46台 vs ≥40台.
* ket17-disinfect-template: Y102 error Sheet1!D11 (row), a 2027 deadline in a one-year 2026
  project; F110 error Sheet1!C14, a value without a name; F109 warning Sheet1!B15 (row),
  生态效益指标 left from the template.

24 required marks, 19 of them across the table (goal against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, unit cost × count, parts against totals).

Legitimate look-alikes in the correct returns:

* ket01: typed percent cells (pct) with a % unit column, 水质超标工程数下降率 ≥10%, 0起 on
  a health-incident count, a goal's 14 千吨万人 works as a part of the 126 处 tested;
  0.05 × 1500 = 75 ≤ 86.
* ket02 and ket18: period counts above the year's, rates and unit costs equal in both columns,
  a goal preparing for 2027 inside the project period; costs within both moneys.
* ket04 and ket10: a rise in 百分点; in ket10 tier points (40/20/30/10) and indicator points
  both add to 100 and a note says they are not added together.
* ket07: the same indicator names with other values in the two stacked projects; a total
  length with a part in brackets.
* ket09: a 注 row inside the table, the header repeated after a page break, 21.5公里 with
  its parts in brackets in the goal, a fill date in the year before.
* ket13: a 反向 故障率 with ≤, a 下降率 with ≥ (typed percent), =0起 on accidents,
  3.2 × 38 = 121.6 ≤ 130.
* ket15: budget and task sums hold; 为2027年全县推广…积累运行数据 in a 2026 goal.

Judgements where a reviewer could hesitate:

* ket03 E11: ≥1500 is met by 1800, but the goal and the indicator state different targets
  (C10), so a warning is asked for; E13 is both a copy from 中期 and a conflict with the
  goal's 12期 (D104 accepted).
* ket06 C8: an exact name with two values is a structure that cannot be (error accepted);
  D103 accepted for the same finding.
* ket08 C21: the 合计 equals the 年度资金 but not its lines, so B102 (B101 accepted); the
  B107 cost is judged on the indicator's 15公里 (with the goal's 18 it is worse).
* ket16 B4: the total agrees with 财政拨款 + 其他资金, so the marked cell is the total
  compared with 基本支出 + 项目支出.
* ket17 C14: the nameless row sits under 社会效益指标; its value ≥4800人 is not otherwise
  wrong.
* ket05 B7: a past year in the goal is a warning (Y103), not a year mismatch error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout816 import disinfect, pipes, quality
from tests.variants.holdout816.registry import HOLDOUT816
from tests.variants.kit import Variant

MODULES = (quality, pipes, disinfect)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT816, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 816th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
