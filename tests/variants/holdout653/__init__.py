"""The 653rd held-out set: 猕猴桃园与冷库、电商直播带货 (kiwi orchards and cold stores,
e-commerce live selling), 18 invented returns, 9 correct, 21 required marks, 16 of them found
only by comparing one part of the return with another.

Layouts: project heads (one value column, operator and unit columns, 中期 and 年度 columns,
tier-1 and indicator score columns, 指标性质 as direction with 指标方向 in words), department
heads with budget and task blocks, a flat department list (指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值), two pairs of stacked projects, a budget-system export (codes in the first columns,
header on the third row, the indicator table on a second sheet), a two-row header under
考核指标 / 目标值（年度） / 评价标准 repeated after a page break, notes, 填表说明 and
signature lines.

Planted mistakes (code, highest accepted severity, place):

* gm02-renewal-goal-year: D104 ≤warning at the 改造低产果园面积 value (goal 600亩, indicator
  650亩); Y102 ≤error (alt Y101, D104) at the 改造完成时限 value 2027年11月30日前 in a one-year
  2026 project whose goal says 2026年11月底前.
* gm04-pollinator-two-years: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the annual 更新授粉树 ≥6000株 above the period's ≥5000株.
* gm06-abbreviated-wrong-tier: B101 ≤error at 年度资金总额 (100 + 15 ≠ 120); D103 ≤error (row,
  alt D102, D101) at 标准化果园面积 ≥450亩 beside 标准化果园建设面积 ≥500亩; F201 ≤warning (row)
  at 果品优质率 under 时效.
* gm08-coldstore-money-tasks: B102 ≤error at 金额合计 420 (tasks 240 + 110 + 60 = 410); B107
  ≤warning (row) at 冷库建设补助标准 ≤900元/立方米 × 5000立方米 = 450万元 > 项目支出 420; D104
  ≤warning at 新建产地冷库 ≥4座 (task and goal: 5座).
* gm10-coldstore-last-season: Y103 ≤warning (alt Y101) at the 年度绩效目标 cell naming 2024年;
  Y102 ≤error (alt Y101) at the 扩容完成时限 2025年11月30日.
* gm11-coldchain-copied-year: D202 ≤warning at each annual cell copied from 中期 (集配点 ≥30个,
  冷藏车 ≥45辆; the 年度目标 says 10个 and 15辆).
* gm14-stacked-live-defects: B101 ≤error at the second project's 年度资金总额 (40 + 5 ≠ 50); D102
  ≤error (row, alt D103, D101) at 孵化乡村主播 ≥100人 beside 孵化乡村主播人数 ≥120人.
* gm15-template-rows-live: F109 ≤warning (row) at the empty 质量指标; F110 ≤error at the empty
  name cell of the 社会效益指标 row holding ≥2000户.
* gm17-direction-words: T108 ≤warning (row) at 大于等于 on the 反向 退货率; T105 ≤error at 300
  单 for 直播带货转化率; T113 ≤warning at 100% for 专区上线完成时间.

Legitimate look-alikes in the correct returns: gm01 a goal's 800亩 with 红心品种300亩 as a part
(其中 row), 化肥使用量下降率 ≥10% (a 下降率 written positive), =100% at the ceiling,补助 1200元/亩
× 800亩 = 96万元 equal to the money; gm03 中期 3000亩 beside 年度 1000亩, rates equal in both
columns, 为2029年全县推广积累 in the 中期目标 (a later year the work prepares for); gm05 a flat
list (no tiers) whose weights add to 100 and a footnote explaining the unit cost; gm07 =0起 on an
incident count, 冷库6座（新建4座、改建2座）, 250元 × 12000立方米 = 300万元 equal to the task, a
fill date in 2025; gm09 an export with codes, ≤15万元/月 × 12月 = 180万元; gm12 果农满意度 ≥90%
and ≥92% in two stacked projects; gm13 tier-1 and indicator scores each adding to 100 and
≥2百分点 on a rate change; gm16 a repeated header after a page break, a 合计 row, a typed 95%;
gm18 a one-year project with identical 中期 and 年度 columns and goals, 0.5万元 × 120场 = 60万元.

Judgements: a duplicate with a different value (gm06, gm14) is accepted up to error (two
targets for one indicator cannot both hold); the goal/indicator count disagreements (gm02, gm08)
stay warnings (the reviewer asks which is right); the wrong-year deadline (gm10, gm02) is an
error because it falls outside the project period; the year in the gm10 goal is a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout653 import coldstore, livestream, orchard
from tests.variants.holdout653.registry import HOLDOUT653
from tests.variants.kit import Variant

MODULES = (orchard, coldstore, livestream)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT653, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 653rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
