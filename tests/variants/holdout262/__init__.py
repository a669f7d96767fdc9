"""262nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
transport-free mixed layouts from budget systems (预算管理一体化系统 exports of 项目支出绩效目标表
for county bureaus: 林业, 气象, 地震, 档案, 机关事务): headers on a second sheet or after a long
money block, columns in unusual orders, system codes, tier labels with numbering, notes and
signature lines (variant items 4, 5, 7). 9 of the 18 returns are correct; the other 9 carry 2–3
planted mistakes a careful reviewer marks (21 in all):

* money: 年度资金总额 85 ≠ 财政拨款 62 + 其他资金 18 on a 05-1 sheet (rl02, B101, error); a
  支出明细 block whose lines (8 + 30 + 12 + 6 = 56) fall short of its 合计 60 (rl08, B102,
  error); a two-year project whose 年度资金总额 120 is above its 中期资金总额 110 (rl10, B103,
  error; the annual 财政拨款 120 beside it tolerated up to error); a unit cost 3.5万元/处 × 20处 =
  70万元 above the 60万元 project (rl08, B107, warning);
* tiers: a 合格率 under 时效指标 (rl02, F201, warning); a numbered tier-2 of 效益指标 under the
  numbered 产出指标: （三）社会效益指标 (rl10) and 1.4可持续影响指标 (rl18) (F105, error);
* values: a 达标率 >100% (rl02, T106, error); a 完成率 given as pages (rl04, T105, error, row); a
  placeholder ≥XX% in a satisfaction value (rl04, rl16, X101, error); a 成灾率 ≥3‰ (rl06) and a
  死亡率 ≥1% (rl14) (T108, warning, row); a satisfaction =95% (rl08, T107, warning); a value
  ≤15万元 beside 计量单位 个 (rl12, T112, error);
* 中期/年度: an annual count ≥2000卷 above the two-year ≥1500卷 (rl04, D201, error);
* duplicates: the same indicator twice in one project with ≥320人次 and ≥350人次 (rl16, D102,
  error, row, D103/D101/D104 accepted);
* years and dates: a deadline 2027年5月31日前 in a one-year 2026 project (rl06, Y102, error); a
  system field 预算年度 2025 above a 2026 title and 2026 dates (rl12, Y101, error, file); a
  计划完成日期 2026-03-31 before the 计划开始日期 2026-04-01 (rl18, Y104, error);
* weights: a 权重 column adding to 95 (rl14, W101, error, file).

Legitimate look-alikes sit in the 9 correct returns (rl01, rl03, rl05, rl07, rl09, rl11, rl13,
rl15, rl17): the indicator table on a second or third sheet under a header on row 3 or later,
after 填表说明 and cover sheets (rl01, rl03, rl05); headers after 12-line 支出明细 blocks with
经济分类 codes and 测算依据 (rl07), 小计 rows by class (rl09), a source table by year (rl11);
system project codes (``43112526T…``) merged down beside the tiers (rl01); numbered tier labels
一、/（一）(rl03), 1./1.1 (rl09, rl11), 1、/(1) (rl17), points in the tier-1 labels matching a
分值 column with a 合计 row of 100 (rl13), abbreviated tier-2s 数量/质量/经济成本 (rl15); operator
columns with symbols (rl01, rl13) and words (大于等于, rl17); a 指标方向 column (rl05, rl13);
percent cells pct(0.95)/pct(0.9)/pct(1)/pct(0.99) beside a % unit column (rl01, rl05, rl13);
amounts in 万元 by number format everywhere; =0次 / =0起 / =0人 harm counts (rl01, rl07, rl09),
‰ rates with ≤ (rl01, rl11), a 下降率 with ≥ (rl05), 提前量 / 提前时间 with ≥ (rl07, rl17),
百分点 (rl11, rl13), a temperature range 14℃～24℃ (rl09), =100% and date values; unit cost ×
count equal to its money line (rl01, rl07, rl09, rl11, rl13); rates and time limits equal in
中期 and 年度, counts smaller in the year (rl03, rl11), and a managed area equal in both (rl11,
tolerated up to warning); two stacked projects sharing an indicator name with different values
(rl15); note rows inside (rl17) and below tables, print-time lines, signature lines with fill
dates in 2025.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout262 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout262 import blocks, columns, sheets
from tests.variants.holdout262.registry import HOLDOUT262
from tests.variants.kit import Variant

MODULES = (sheets, blocks, columns)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT262, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 262nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
