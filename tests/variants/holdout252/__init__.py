"""252nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
natural resources and forestry (国土绿化造林, 森林防火, 耕地保护与高标准农田, 不动产登记, 地质灾害
隐患治理): areas in 亩, 公顷 and 万亩, typed percentages and unit number formats, multi-year
projects with 中期 and 年度 columns, direction against operator (variant items 1, 8, 11). 9 of
the 18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (21
in all):

* a typed percentage past its ceiling: a 扑灭率 typed 105% (rb02) (T106, error);
* ≥ on a 反向 indicator: a 森林火灾受害率 ≥0.9‰ (rb02, D104 accepted), an 办理时限 in an
  operator column (rb04), a 运维成本 in the 年度 set of two column sets (rb12, D203 accepted), a
  成灾率 ≥3‰ (rb14, D104 accepted), a 采购单价 大于等于 in an operator column of words (rb18)
  (T108, warning);
* ≤ on a floor: 耕地保有量 ≥52.3万亩 in 中期 but ≤52.3万亩 in 年度 (rb10) (T108, warning, D203
  and D104 accepted);
* = on a rate floor: a 发证率 =95% (rb16) (T107, warning, T108 and D104 accepted);
* money in 元 (a YUAN number format) beside 万元 in one money block (rb04) (B105, error, B110 and
  B101 accepted);
* 公顷 carried by a value's number format against 亩 in the unit column (rb04) (T112, error);
* a 亩均 cap × 3.5万亩 = 7000万 above the 5200万 of the project (rb06) (B107, warning);
* a name in （公顷） with a value in 亩 (rb06) (T119, warning);
* a cumulative ≥120公里 copied from 中期 into 年度 (rb08) (D202, warning, D104 accepted);
* 年度 above 中期: 6000亩 (= 400公顷) against 300公顷 (rb08), 40处 against 30处 (rb12) (D201,
  error);
* the 年度目标 a verbatim copy of the 中期目标 (rb10) (D204, warning);
* a 年度 deadline in 2029 in a 2026—2028 project (rb12) (Y102, error);
* a count (宗地数) typed as 95% (rb16) (T120, warning, T116 accepted);
* a 年度资金总额 of 300 against 260 + 60 in the second of two stacked projects (rb16) (B101,
  error);
* 任务 amounts adding to 3580 against a 金额合计 of 3520 (rb14) (B102, error, B101 accepted);
* a 完成时限 typed 100% (rb18) (T113, warning).

Legitimate look-alikes sit in the 9 correct returns (rb01, rb03, rb05, rb07, rb09, rb11, rb13,
rb15, rb17): typed 100% at the ceiling (pct(1): rb01, rb03, rb11 in both columns, rb13, rb15),
typed 92%, 95%, 98% and 0.5% beside an operator (rb03, rb17), ≥24.2% held in a custom format
``"≥"0.0%`` (rb07), 万亩 carried only by the number format with an empty unit column (rb03);
annual values in a smaller unit that are still within the period (≥5000亩 against ≥1.5万亩,
≥4500亩 against ≥900公顷 in rb07, ≥3.5 against ≥6 万亩 with a unit column in rb09), rates, unit
costs, time limits, ‰ harms, =0 counts and 跑动次数 ≤1次 equal in 中期 and 年度 (rb07, rb09,
rb11), 中期 and 年度 goals that differ only in their numbers (rb07, rb09, rb11); ‰ harms with ≤
(受害率 ≤0.9‰, 成灾率 ≤3‰: rb15), =0亩 and =0人 on harms (rb03, rb05, rb13), a 下降率 with ≥ (rb05,
rb09), a 耕地质量平均等级 ≤4.6等 declared 反向 (rb03), =100% at the ceiling (rb05), a coefficient
without unit (rb09), operators in words (rb17), numbered tier labels (rb05), two stacked projects
(rb15), a flat list with weights adding to 100 (rb17), footnotes and signature lines. Every unit
cost × count stays within its money (亩, 公顷 and 万亩 converted), every money block adds up.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout252 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout252 import annual, blocks, period
from tests.variants.holdout252.registry import HOLDOUT252
from tests.variants.kit import Variant

MODULES = (annual, period, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT252, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 252nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
