"""251st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
civil affairs and elderly care (养老服务补贴, 社区居家养老服务, 残疾人两项补贴, 殡葬惠民, 困难群众
救助): standards per person and month × months × counts (some counts in 万人 or 万人次), rates
given as counts, changes in 百分点, money in task lists and 测算依据 blocks, conversion artefacts
(variant items 9, 10, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (20 in all):

* money that does not add up: 测算依据 lines (1033.20) under a 合计 of 1036.80 (ra02, B102,
  error); 资金总额 2450 ≠ 财政拨款 2300 + 其他资金 120 in a department budget (ra08, B101,
  error) and tasks adding to 1850 under a 金额合计 of 1840 (ra08, B102, error); the second of
  two stacked projects with 年度资金总额 900 ≠ 820 + 60 (ra16, B101, error);
* a 年度资金总额 640 above the 中期资金总额 600 (ra06, B103, error) and an annual 2.4万人次 above
  the two-year 1.8万人次 (ra06, D201, error);
* a 减免标准 1200元/具 × 5200具 = 624万元 above a 500万元 project (ra04, B107, warning) and a
  one-year 2026 project planned to end on 2027-03-31 (ra04, Y102, error, Y101 accepted);
* a 及时率 given as 12次 (ra02, T105, error); a 人次 count named （万人次） but given as 54000人次
  (ra02, T119, warning); a count of new 助餐点 given as ≥15% (ra10, T120, warning); an accuracy
  rate written =95% (ra16, T107, warning); 新建农村互助幸福院20个 with ≥15个 (ra12, T110,
  warning);
* points: 效益指标（30分） with 10 + 10 + 5 under it (ra10, W103, error; the W101 it causes is
  tolerated);
* conversion artefacts: a task of 185万元 typed as 1850000 in the 万元 block (ra12, B110, error;
  the B102 it causes is tolerated); a 年度资金总额 pasted from a PDF as "1 286.40" (ra14, X105,
  warning, X103 accepted); a detail line "86.4万86.4万" (ra14, X106, error, B108 accepted); the
  plan end typed as the serial 46387 in a text cell (ra14, X104, warning); a 护理补贴标准
  rounded to ≤0万元/人·月 (ra18, T115, error); 95 typed into a percent cell, shown 9500% (ra18,
  T106, error).

Legitimate look-alikes sit in the correct returns (ra01, ra03, ra05, ra07, ra09, ra11, ra13,
ra15, ra17): standard × months × persons exactly equal to a 测算依据 line, a task or the total
(ra01, ra07, ra09, ra11, ra13, ra15, ra17), counts in 万人, 万人次 and 万小时 whose products
stay within the money, rises of a rate in 百分点 (≥2 to ≥10百分点), 100% and 95% stored as 1 and
0.95 (ra01, ra03, ra05, ra07), =100% at the ceiling, =0起, an 安全事故发生率 ≤1%, amounts with
the unit only in the number format (万元 and, in ra11, 元 throughout), a 其他资金 of 0, equal
中期/年度 values for rates, unit costs and grades, tier-1 labels with points matching the
indicator 分值 (ra09), weights adding to 100 (ra11, ra17), a budget-system export with the
header on the third row and tiers repeated (ra13), two stacked projects sharing an indicator
name with different values (ra15), footnotes and signature lines, a 填报日期 in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout251 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout251 import artefacts, department, subsidies
from tests.variants.holdout251.registry import HOLDOUT251
from tests.variants.kit import Variant

MODULES = (subsidies, department, artefacts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT251, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 251st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
