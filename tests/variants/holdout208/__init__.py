"""208th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round forty, about money across blocks (variant items 9 and 12). 8 of the 18
returns are correct; the other 10 carry 1–2 planted mistakes a careful reviewer marks:

* a budget line whose 测算依据 differs from its amount (50人×2000元/人 written 12万元 and 13万元,
  600人次×800元 written 52万元), B101 at the line;
* detail lines that miss their 合计 (85 under 80) or the 年度资金总额 (185 against 200), B102;
* a 其中 line above its line (颗粒物监测仪 52 under 设备购置费 45), B101;
* a period split by year (2026年 │ 2027年 │ 2028年 = 920) against the 中期资金总额 900, B101;
* the year's money above the period's (450 against 400), B103;
* 资金来源 that miss their whole (150 + 60 + 40 + 40 = 290 against 300), B101;
* a share against its amount (800 of 2000 given 45%), B111, and key tasks against their
  金额合计 (830 against 800), B102;
* a standard × count above the money (800元/亩 × 3000亩 = 240万元 against 200万元), B107;
* an amount pasted twice (86万86万（含安装调试）), X106; an amount 10 000× its share (150000 in
  a 万元 block for 15), B110.

The correct returns hold legitimate look-alikes: a 测算依据 with a rounded product (约3.3万元/场
×3场 for 10万元), a table in 元 whose lines are in 元, a 合计（含其他资金） row, a line written
120万(其中设备80万), a cost standard × count equal to a 资金总额 paid partly by 社会捐赠 (above
the 财政拨款 alone), rounded shares adding to 99.9 %, a 上年结转 source, an amount of 1,205.34万元
shown with a thousands separator.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout208 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout208 import basis, departments, periods, sources
from tests.variants.holdout208.registry import HOLDOUT208
from tests.variants.kit import Variant

MODULES = (basis, sources, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT208, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 208th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
