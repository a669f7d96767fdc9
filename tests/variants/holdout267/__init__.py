"""267th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
port, airport and logistics development funds of city commerce and transport bureaus (港口建设
补助, 航线培育奖励, 物流园区, 冷链设施): money in 元 and 万元, stacked projects in one sheet,
subsidies per 航班 and per 标箱, allocation grids with shares (variant items 2, 9, 12). 9 of the
18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in
all):

* a total that is not its sources: 300 ≠ 260 + 20 (rq02), 150 ≠ 120 + 20 in the second of three
  stacked projects (rq12) (B101, error);
* lines that do not add up: four tasks 1730 against 金额合计 1680 (rq14) (B102, error);
* 年度资金总额 1200 above 中期资金总额 1000 in the second of two stacked projects (rq08) (B103,
  error);
* a per-标箱 subsidy × the 标箱 count above the money: 30元 × 120000 = 360万元 > 300万元 (rq02)
  (B107, warning);
* an allocation amount typed in 元 in a 万元 grid, 2,400,000 for 240 (rq16) (B110, error, B102
  accepted; the 合计 and the row's share tolerate an error);
* a share that does not match its amount: 基本支出 35% of 720/2400 (rq14), a 区县 at 25% of
  160/800 (rq16) (B111, error);
* conversion artefacts: a total split by a space ``1205.337 6`` (rq04) (X105, warning); 其他资金
  pasted twice ``80万80万（园区企业自筹）`` (rq06) (X106, error); 财政拨款 ``4,180,000`` as text
  (rq18) (X103, warning);
* 上年执行数 4,385,000 above 上年预算数 4,300,000 (rq18) (B104, warning);
* a one-year 2026 project planned to end 2027-06-30 (rq06) (Y102, error, Y101 accepted);
* a unit cost rounded to 0, ``≤0万元/吨`` (rq04) (T115, error);
* a 达标率 of ≥105% (rq04) (T106, error);
* a 客座率 given as ``≥12000人次`` (rq10) (T105, error);
* a cumulative count equal in 中期 and 年度 (≥40家) in a two-year stacked project whose 年度目标
  says 20 (rq10) (D202, warning, D104 accepted);
* weights adding up to 95 in the second of two stacked projects, the first adding to 100 (rq08)
  (W101, error, file level);
* no 满意度指标 in the second of two stacked projects, the first having one (rq10) (F106,
  error, file level);
* 时效指标 under 效益指标 in the third of three stacked projects (rq12) (F105, error).

Legitimate look-alikes sit in the correct returns (rq01, rq03, rq05, rq07, rq09, rq11, rq13,
rq15, rq17): sources with 上年结转 (rq01); 测算依据 blocks and task lists that add up exactly
(rq01, rq13, rq17); per-班, per-标箱, per-套, per-个, per-吨 and per-箱次 costs whose product with
the count equals the money exactly (rq03, rq07, rq09, rq11, rq15); 100% and 85% typed in Excel
(rq01, rq03, rq05, rq07, rq13); an operator and a unit column (rq03); a money cell with its note
in brackets ``560万元(其中设备购置380万元)`` (rq05, tolerated up to a warning); a 反向 rate capped
looser in the year than over the period (≤10% / ≤8%, rq05; ≤3分钟 / ≤2分钟, rq11); a one-year
project in 中期/年度 columns with equal columns, equal money and one goal text twice (rq11);
weights adding to 100 per stacked project, 200 over the sheet (rq07); three projects in 元 with
numbered tier labels and a footnote (rq09); =0起 accident targets (rq08, rq11); shares rounded
to 0.1% (46.7% / 33.3% / 20.0% of 900, 83.3% / 16.7%) (rq14, rq15); points on the tier-1 labels
and per indicator (rq15); ``≥3百分点`` (rq13); a prior-year block with 执行率 97.0% and a 填报日期
in the year before the budget year (rq13, rq14, rq17, rq18); 下降率 with ≥ (rq01, rq11, rq15,
rq17).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout267 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout267 import grids, ports, stacked
from tests.variants.holdout267.registry import HOLDOUT267
from tests.variants.kit import Variant

MODULES = (ports, stacked, grids)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT267, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 267th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
