"""The 418th held-out set: 蔗湾县 (an invented county) sugarcane (甘蔗) harvest mechanisation
subsidies, in two halves: the harvest operation subsidy (机收作业补贴, per 亩 harvested) and the
harvester purchase subsidy (收获机购置补贴, per machine), with the county 农业农村局's department
returns covering both. Budget year 2025; money in 万元 (in the number format).

Layouts: project heads (xl01–xl06, xl13–xl16, xl18) and department heads (xl07–xl12) with their
money blocks; operator and unit columns (xl01, xl02), operators in words (xl06); numbered tier
labels with points and an indicator points column (xl03, xl04); headers 指标内容 / 绩效标准 (xl05)
and 考核指标 / 目标值（年度） / 评价标准 with a header repeated after a page break and subtotal
rows (xl11); flat lists (xl09, xl10); instruction, note, footnote and signature rows (xl05,
xl06); stacked projects (xl13, xl14); three-year projects with 中期 and 年度 columns (xl15,
xl16); a budget-system export with codes in the first columns and the table on a second sheet
under a third-row header (xl17); detail lines converted from PDF (xl18).

Planted mistakes (return, code, highest accepted severity, place):

* xl02: B105 error at the 其他资金 cell (600,000.00元 in the 万元 block; B101 tolerated at book
  level); T106 error at the typed 105% 补贴机具验收合格率 value.
* xl04: F105 error at the tier-2 （三）经济效益指标 under 二、产出指标; W103 error at
  三、效益指标（30分） whose indicators give 25 (W101 tolerated at book level: total 95).
* xl06: T105 error, row, 机收作业面积完成率 9000亩; T108 warning, row, 甘蔗机收损失率 大于等于.
* xl08: B101 error at 资金总额 (320 + 1200 ≠ 1500); B111 error at the 财政拨款 share 90.00%
  (1400 ÷ 1500 = 93.33%); B102 error at 金额合计 1250 (alt B101; tasks add to 1200).
* xl10: W101 error at book level (weights 95); T112 error at ≥12万元 against unit 万亩 (alt T119);
  F110 error at the empty name of the ≥300人次 row.
* xl12: F109 warning, row, 生态环境成本指标 left empty; F110 error at the empty name of ≥95%.
* xl14: B101 error at the second project's 年度资金总额 300 (250 + 30); T105 error at
  机手持证上岗率 ≥150人.
* xl16: D204 warning at the 年度目标 cell (copied 中期目标); D202 warning at the annual ≥45台;
  D201 error at the annual ≥5000亩 against the period ≥4000亩 (B107 warning tolerated at book
  level: 45台 × 30万 exceeds the annual 600万 only because of the copied count).
* xl18: X105 warning at 432.6 8 (alt X103); X106 error at 120万120万(含运输) (alt B108); T115
  error at 亩均机收作业补贴 ≤0万元/亩.

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column (xl01,
xl09); 损失率 and 含杂率 with ≤ (反向) and a 用工下降率 with ≥ (xl09); 机收率 raised ≥8 / ≥6 /
≥2 百分点 (xl01, xl03, xl15); tier points and indicator points both adding to 100 (xl03) and
subtotal rows with a 合计 100 (xl11); 机收作业安全事故 ≤0起 (xl05); unit cost × count within
the money everywhere (e.g. 12万亩 × 60元 = 720万元 = the task amount in xl07); a share row of
typed percents adding to 100.00%; fill dates in 2024 for a 2025 budget (signature lines);
服务对象满意度 ≥90% and ≥92% in two stacked projects (xl13); rates and unit costs equal in the
中期 and 年度 columns of a three-year project, counts split by year (xl15); a footnote explaining
that the 中期 total includes later years (xl15); `=100%` kept as text on 补贴资金兑付率, a ceiling
(xl17); 其他资金 0 (xl05, xl13).

Judgements: xl06's 完成率 in 亩 is marked T105 with row=True (the value 9000 and its unit sit in
separate cells). In xl08 the share row then adds to 96.67%; that follows from the one wrong
share and is not marked separately. In xl12 only the template tier-2 row is marked; the other
tiers are complete. In xl14 the first project is correct and is not affected by the second.
In xl16 the annual ≥45台 is marked D202 (a warning: copied, not impossible), the ≥5000亩 D201
(an error: annual above period is impossible for a cumulative count).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout418 import departments, projects, stacks
from tests.variants.holdout418.registry import HOLDOUT418
from tests.variants.kit import Variant

MODULES = (projects, departments, stacks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT418, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 418th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
