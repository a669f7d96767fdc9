"""242nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
transport and roads (农村公路养护, 危桥改造, 城乡公交运营补贴, 客运站建设, 道路安全生命防护工程):
lengths in 公里 and 米, standards per 公里, 座, 辆, 个 and 平方米 against the money, 中期/年度
columns, 开工/完工 dates, reverse rates against their operators, tasks and 测算依据 lines
(variant items 8, 9, 11, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (21 in all):

* a standard × its quantity over the money: 45万元/座 × 24座 > 960万 (qr02), 2.4万元/辆 × 420辆
  in an operator column > 860万 (qr03), 1.0万元/公里 × 980公里 > 900万 in the first of two
  stacked projects (qr15) (B107, warning);
* a direction against its operator: ≥ on a 反向 事故率 beside a declared 反向 (qr03), ≥ on a
  事故发生率 in the 年度 column against ≤ in the 中期 column (qr10, D203 accepted), ≤ on a
  亡人数下降率 whose goal text says 下降8%以上 (qr14, D104 accepted), ≥ on an average waiting
  time (qr17) (T108, warning);
* 中期 and 年度: a cumulative 座 count equal in both columns of a three-year project (qr07,
  D202, warning); an annual length ≥4200米 beyond the period's ≥3.5公里 (qr07) and an annual
  area 3600 beyond the period's 3200 平方米 (qr11) (D201, error); a 年度目标 copied word for word
  from the 中期目标 (qr10, D204, warning);
* dates: a 完工时间 in 2027 in a one-year 2026 project (qr02, Y102, error); a 计划完成日期
  2025-12-31 before the start 2026-03-01 (qr11, Y104, error, Y102 accepted);
* conversion artefacts: 财政拨款 ``1120.337 6`` split by a space (qr06, X105, warning); a
  测算依据 line of 156万元 typed as 1560000 (qr06, B110, error, B102/B105 accepted); a unit
  price of 120元/平方米 rounded to ``≤0万元/平方米`` (qr06, T115, error); a 填报日期 left as the
  serial ``45981`` (qr14, X104, warning); ``120万120万（含X光机3台）`` in a 测算依据 line (qr17,
  X106, error, B102 accepted);
* money: tasks 1800 + 950 + 620 + 230 = 3600 under a 金额合计 of 3650 (qr14, B102, error); a
  stacked project's 总额 540 ≠ 480 + 40 (qr15, B101, error); a one-year project whose 年度资金
  270 differs from its 中期资金 300 (qr17, B109, warning).

Legitimate look-alikes sit in the 9 correct returns (qr01, qr04, qr05, qr08, qr09, qr12, qr13,
qr16, qr18): standards per 公里, 平方米, 米, 块, 座, 个, 辆 and 条 whose product with the count
stays within the money (also where the standard is in 元 and the money in 万元: 260元/米 ×
16500米 = 429万 in qr04; and each stacked project against its own money in qr16); a 测算依据
block adding up (qr04); tasks adding up to 项目支出 rather than 资金总额 (qr13, qr18); ≥16.5公里
beside 16500米, an annual ≥18600米 under a period ≥42公里 (qr08); rates, unit costs, =0起 and
an 开工 date equal in the 中期 and 年度 columns; a period 完工 date in the project's second or
third year; =0起 and ≤1起/≤2起 on accident counts, ≤ on 投诉率, a 下降率 and a 降低率 with ≥; a
rate per 万车公里 (qr12); 100% and 95% typed in Excel (pct(1) in qr01, qr12, qr13, qr18;
pct(0.95), pct(0.9), pct(0.01) and pct(1) in an operator column in qr05); a date value with ≤
(qr05); points on the tier-1 labels adding to 100 (qr04) and per-indicator weights adding to
100 (qr05, qr18); 正向/反向 in a 指标性质 column that agree with the operators (qr18); footnotes and
signature lines; money with the unit in the number format (万元) throughout.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout242 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout242 import blocks, periods, roads
from tests.variants.holdout242.registry import HOLDOUT242
from tests.variants.kit import Variant

MODULES = (roads, periods, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT242, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 242nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
