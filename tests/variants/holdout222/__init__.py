"""222nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
science, industry and commerce funds (科技, 工信, 商务, 金融 专项资金, enterprise subsidies and
awards): long money blocks (资金来源, 分配明细 by enterprise or item, 测算依据) before the
indicator table, indicator tables on a second sheet, several projects stacked in one sheet,
amounts in 元 and 万元, conversion artefacts beside legitimate notes (variant items 2, 7, 9,
12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer
marks (20 in all):

* an amount pasted twice in a detail line: ``60万60万`` (px02), ``80万元80万元`` (px18)
  (X106, error, B108 accepted);
* an amount split by a space: ``126.4 5`` (px04), ``400.0 0`` (px12) (X105, warning, X103
  accepted);
* a unit cost rounded to 0: ``≤0万元/家`` inline (px02), ``≤ │ 0 │ 万元/户`` in operator and
  unit columns (px10) (T115, error);
* a decimal point lost: 540000 (54万元 typed in 元) in a 万元 分配明细 (px06) (B110, error; the
  B102 and B101 that follow are tolerated);
* detail lines short of their 合计 (390 against 420) (px04) (B102, error);
* a share that does not match its amount: 100 of 500 given as 25% (px06) (B111, error);
* a total that is not the sum of its sources: 150 ≠ 120 + 20 in the second of three stacked
  projects (px14), 中期 1500 ≠ 1200 + 200 (px08) (B101, error);
* an annual total above the 中期 total: 1200 against 900 (px12) (B103, error; the B107 that
  follows from the small 中期 total is tolerated);
* a one-year project whose 年度资金 240 differs from its total 260 (px18) (B109, warning;
  B102 tolerated);
* a 万元-formatted cell (``45.00万元``) in a 元 detail block (px16) (B105, error, B110
  accepted; B102 tolerated);
* a unit cost × count above the project's money: ≤3万元/户 × 250户 > 600万元 (px18) (B107,
  warning);
* an annual count above its period count: ≥40家 against ≥35家 (px08) (D201, error);
* a conflicting duplicate in the second of two stacked projects: 支持老字号企业数 ≥15家 and
  ≥12家 (px16) (D102, error);
* a tier-2 under the wrong tier-1: 经济效益指标 under 产出指标 in the third stacked project
  (px14) (F105, error);
* a deadline in the next year: 2027年3月31日前 in a one-year 2026 project (px04) (Y102, error);
* an indicator sheet titled 2025年度 under a 2026 head (px10) (Y101, error).

Legitimate look-alikes sit in the 9 correct returns (px01, px03, px05, px07, px09, px11, px13,
px15, px17): amounts with notes in brackets (``120万（其中省级72万元，市级48万元）`` px01,
``300万(其中辅导备案奖励100万元，上市奖励200万元)`` px17, tolerated up to a warning); a 分配明细
in 元 under its own unit line beside a head and 资金来源 in 万元, adding to the total × 10 000
(px05); whole returns in 元 with ``#,##0.00"元"`` formats and 测算依据 texts such as
``15,000,000元×8%`` (px03, px11); a value with spaces around its number ``≥ 72 家次`` (px05);
small non-zero unit costs (≤0.5万元/个, ≤0.8万元/人) and a ``≤0%`` 能耗增长率 (px13, px15); unit
costs × counts equal to their money (px01, px05, px13, px15); the same indicator name with
different values in different stacked projects (px13); a one-year project with equal 中期 and
年度 columns and goals (px15); 不良率, 代偿率, 奖补比例 and 风险补偿比例 with ≤, a 下降率 with ≥
(px03, px09, px17); a prior year named as the basis of a subsidy or a growth rate (px01, px09,
tolerated up to a warning); 测算依据 texts repeating amounts (``5个×60万元/个=300万元`` px07);
shares in ``0.00%`` that round to 100 % (px05); 100% typed in Excel (``pct(1)``) and percent
cells beside a % unit column (px01, px05, px07, px11); a date value with ≤ (px11); a 分年度
block whose rows and columns add up (px09); numbered tier labels (px13), a wrapped indicator
name (px03), footnotes and signature lines (px03, px17).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout222 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout222 import blocks, sheets, stacked
from tests.variants.holdout222.registry import HOLDOUT222
from tests.variants.kit import Variant

MODULES = (blocks, sheets, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT222, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 222nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
