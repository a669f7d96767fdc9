"""The 773rd held-out set: 18 invented returns of a county market-regulation bureau
(岚湾县市场监督管理局, invented) on food-safety sampling (食品安全抽检), special-equipment
inspections (电梯, 锅炉, 气瓶, 叉车) and the 12315 consumer-complaint hotline, with a careful
reviewer's marks. Nine returns are correct; nine carry 2-3 planted mistakes (25 required marks),
most of them found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year with 中期/年度 money) and department heads with
budget and task blocks; operator and unit columns (kdc01), headers 指标内容/绩效标准 (kdc01),
预期目标 (kdc02), 实施期指标值 (kdc04), 绩效目标值 (kdc13); typed percent cells (kdc01, kdc07,
kdc15); two stacked projects (kdc05, kdc06); numbered tier labels with points and two score
columns (kdc07, kdc08); a 预算管理一体化 export with codes in the first columns, header on the
third row and the table on a second sheet (kdc09, kdc10); a two-row header with two complete
column sets (kdc11); flat lists (kdc15, kdc16); abbreviated and ★ labels, an instruction row, a
header repeated after a page break, 注/填表说明 and signature lines (kdc17); template rows
(kdc18).

Planted mistakes (return: code, highest accepted severity, place):

* kdc02: D104 warning, Sheet1!D9 (row): goal says 抽检2000批次, indicator ≥1800批次; F201
  warning, Sheet1!C12 (row): 检验报告复核合格率 under 时效指标; Y102 error, Sheet1!D13 (row,
  alt Y101 Y103 D104): deadline 2024年11月30日前 in a 2025 one-year project whose goal says
  2025年11月底.
* kdc04: D204 warning, Sheet1!D9: 年度目标 identical to 中期目标 (three-year project); D201
  error, Sheet1!E12: 小作坊规范提升 ≥180家 a year against ≥150家 for the period; D202 warning,
  Sheet1!E13: cumulative 培训人次 ≥900 copied into 年度.
* kdc06: B101 error, Sheet1!C18: second project's 年度资金总额 45 ≠ 30 + 10; D103 warning,
  Sheet1!C24 (row, alt D101 D102): 餐饮服务单位量化分级检查户数 ≥320户 beside 餐饮单位… ≥300户.
* kdc08: W103 error, Sheet1!B10: 产出指标 50分 against 15+10+10+10 = 45; B107 warning,
  Sheet1!E9 (row): 0.05万元/台 × 2400台 = 120 > 年度资金 100; D104 warning, Sheet1!E11 (row):
  goal 锅炉定期检验320台, indicator ≥230台; W101 at file level tolerated (same shortfall).
* kdc10: D101 warning, 部门项目支出绩效目标05-2!E7 (row, alt D103 F201): the 数量 count
  气瓶充装单位监督检查家次 24 repeated under 质量; Y102 error, 05-2!G8 (row, alt Y101): deadline
  2026-06-30 (a date cell) in a one-year 2025 project.
* kdc12: B103 error, Sheet1!E5: 年度资金 95 > 中期资金 80; Y103 error, Sheet1!D9 (alt Y101):
  年度目标 of a 2025-2026 project says 2024年 (last season's text); F201 warning, Sheet1!C13
  (row): 叉车使用单位检查家数 under 质量指标.
* kdc14: B102 error, 部门整体!D10: tasks 110+40+60+30 = 240 against 金额合计 250; D104 warning,
  部门整体!D14 (row): goal 按期办结率98%以上, indicator ≥95%; F201 warning, 部门整体!C18 (row):
  消费者投诉处理满意度 under 社会效益指标.
* kdc16: W101 error, file level: flat-list weights add to 95; D103 warning, Sheet1!A9 (row, alt
  D101 D102): 消费投诉举报受理数量 8500 beside 消费投诉举报受理量 8000; D104 warning,
  Sheet1!E11 (row): goal 全年发布消费警示12期, indicator 6.
* kdc18: F109 warning, Sheet1!B10 (row): 生态环境成本指标 left from the template; X101 error,
  Sheet1!D13: ≥**人次; F110 error, Sheet1!C14: a value under 质量指标 without a name.

Legitimate look-alikes in the correct returns: `=100%` on 处置率/公示率/合格率 (kdc01, kdc03,
kdc05, kdc11, kdc17); 下降率 with ≥ / 大于等于 (kdc01, kdc05, kdc11, kdc15); incident counts
`=0起` (kdc05, kdc07, kdc09, kdc13); a rate fall in 百分点 (kdc07); tier points and indicator
points both adding to 100 with a 合计 row (kdc07); goals whose counts are the indicator's parts
in brackets (kdc01 450 of 1200, kdc13 6500+3000 = 9500) or a monthly rate (kdc15 每月1期 = 12期);
a later year the work prepares for (kdc05 2026, kdc11 2027); the period's count in 中期 beside
a smaller annual count, rates equal in both columns (kdc03, kdc11); unit cost × count within its
money (kdc01 72 ≤ 86, kdc03, kdc05, kdc09 1500元 × 830台 ≤ 130万, kdc11 3 × 120 ≤ 400, kdc13
120元 × 9500 ≤ 120万, kdc17); the same indicator name with different values in two stacked
projects (kdc05 服务对象满意度); a footnote explaining that 金额合计 is 项目支出 (kdc13); fill and
signature dates in November/December of the year before the budget year; a flat list with a
合计 100 row (kdc15); a repeated header row and instruction row (kdc17).

Judgements where a reviewer could hesitate:

* Near-duplicates with different values (kdc06, kdc16) are marked D103 at most a warning, with
  D101/D102 accepted: whether the two rows are one indicator is a reading, not an
  impossibility. The exact duplicate in kdc10 (same name, same value, under two tier-2s) is D101
  with D103 and F201 accepted.
* A deadline in the year before (kdc02) or after (kdc10) a one-year project and a 年度目标 naming
  the year before a multi-year project's start (kdc12) are accepted as errors: the date cannot
  lie in the budget year.
* Goal-against-indicator mismatches (D104) are warnings at the indicator's row: the text may
  cover more than the indicator.
* kdc08's unit cost × count above the money is a warning (B107), as in the catalogue.
* kdc12: 年度资金 above 中期资金 is marked at the 年度资金 cell; the parts add up in each column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout773 import equipment, food, hotline
from tests.variants.holdout773.registry import HOLDOUT773
from tests.variants.kit import Variant

MODULES = (food, equipment, hotline)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT773, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 773rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
