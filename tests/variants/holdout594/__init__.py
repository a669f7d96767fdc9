"""The 594th held-out set: water-bamboo (茭白) fields, rice-paddy mitten crab (稻田河蟹) farming
and a county crab market. 18 invented returns (菰塘县, 苇汀区 and everything else invented), nine
correct and nine with 2–3 planted mistakes each (24 required marks), most of them found only by
comparing one part of the return with another.

Layouts: project heads with one value column (ef02, ef05, ef08's table, ef12, ef14, ef18),
operator and unit columns with typed percents (ef01, ef09), 中期 and 年度 columns (ef03, ef04,
ef15) and 实施周期 / 年度 on a department return (ef17), department heads with tasks (ef06, ef07,
ef08, ef17), a flat list with weights (ef06), numbered tier labels with points and a 分值 column
(ef07), ★ labels with points and abbreviated tier-2s (ef16), stacked projects (ef05, ef18), a
table on a second sheet under 预期实现值 (ef10), a budget-system export with codes in the first
columns and the header on row 3 (ef11), a two-row header with a unit column under a 支出明细
block (ef13), note rows, a header repeated after a page break, 填表说明 and signatures (ef12).

Planted mistakes (return: code, highest accepted severity, place):

* ef02: D104 ≤warning, row of 共育推广面积 (goal 1200亩, indicator ≥1000亩); Y102 ≤error alt
  Y103/Y101, the 验收时间 cell (2025年11月30日前 in a 2026 project); B107 ≤warning, row of
  亩均补助 (900元/亩 × 1000亩 = 90万元 > 80万元).
* ef03: D204 ≤warning, the 年度目标 cell (copied from 中期目标); D201 ≤error, annual 基地面积
  (500亩 > 450亩 over three years); D202 ≤warning, annual 培训人次 (the period's 900 copied).
* ef05: B101 ≤error, the second project's 年度资金总额 (40 ≠ 30 + 15); D102 ≤error alt
  D101/D103, row of 品牌推介活动场次 (≥8场 against 品牌推介活动 ≥6场).
* ef08: B102 ≤error alt B101, the 金额合计 cell (50 + 40 + 25 = 115 ≠ 120); D104 ≤warning, row
  of 扣蟹放养量 (task 3万斤, indicator 2.5万斤); F201 ≤warning, row of a 满意度 under 社会效益.
* ef09: Y104 ≤error alt Y102/Y101, 计划完成日期 (2025-11-30, before the 2026-03-01 start);
  D102 ≤error alt D101/D103, row of 稻田养蟹面积（亩） (650 against 800); T108 ≤warning, row of
  蟹苗放养死亡率 with ≥.
* ef11: D104 ≤warning, row of 稻蟹共生示范区 (goal on the first sheet 3个, indicator ≥2个); F201
  ≤warning, row of 扣蟹采购单价 under 数量指标.
* ef14: B101 ≤error, 年度资金总额 (68 ≠ 55 + 10); Y103 ≤warning alt Y101/D104, row of
  2025年河蟹线上交易额 (last year's target left in a 2026 return); X101 ≤error, ≥XX% in the
  template's (示例) row.
* ef16: W103 ≤error, the ★产出指标（50分） cell (indicator points 45); F201 ≤warning, row of
  追溯码赋码准确率 under 时效; W101 ≤error at file level tolerated (total 95 follows from it).
* ef17: B101 ≤error, 资金总额 (基本 260 + 项目 180 = 440 ≠ 450); D201 ≤error, annual 推介活动
  (120场 > 100场 for the period); D103 ≤warning alt D101/D102, row of 交易河蟹抽检批次数 under
  质量 (the 数量 indicator's near-duplicate with other values).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (ef01,
ef15); unit cost × count equal to the money (ef01 1500 × 600 = 90万, ef07 400 × 3000 = 120万,
ef12 300 × 5000 = 150万) or within it; typed percents and =100% at the ceiling (ef01, ef13);
下降率 and 化肥减量率 with ≥ (ef01, ef06, ef07); 0起 on incident counts (ef06, ef10, ef13, ef17's
neighbours, ef18); rates raised in 百分点 (ef07, ef10); points both on tier labels and on
indicators, each adding to 100 (ef07); period counts above annual ones, rates and unit costs
equal in both columns (ef04, ef15); 为2028年全县推广积累技术数据 after a 2026–2027 project (ef04);
fill and signature dates in November 2025 (ef01, ef06, ef12, ef18); a footnote explaining that
150万元 includes 20万元 carried over (ef12); the same indicator name with different values in
two stacked projects (ef18); a header repeated after a page break and note rows (ef12).

Judgements: a dup with a word more and another value under one tier-2 (ef05, ef09) is a
conflicting duplicate (error accepted), but two near names under two tier-2s (ef17) only a
warning; a deadline before the budget year (ef02) is an impossibility (error); the goal/indicator
conflicts (D104) are marked on the indicator's row, not on the goal cell; ef16's W101 is
tolerated, not required; ef09's end date could also be read as a Y101/Y102 year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout594 import crab, jiaobai, market
from tests.variants.holdout594.registry import HOLDOUT594
from tests.variants.kit import Variant

MODULES = (jiaobai, crab, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT594, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 594th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
