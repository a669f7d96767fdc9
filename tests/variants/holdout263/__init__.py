"""263rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
water resources and hydrology bureau projects (河湖长制, 水土保持治理, 农村饮水安全巩固, 防汛抗旱,
水文监测站网): lengths in 公里, areas in 平方公里 and 亩, rates typed as Excel percentages,
prior-year blocks with execution, tier labels with points (variant items 1, 10, 12). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in all):

* money that does not add up: 年度资金总额 180 over 财政拨款 150 + 其他资金 20 (rm02), 资金总额
  1250 over 基本支出 820 + 项目支出 450 (rm16) (B101, error); tasks adding to 740 under a 金额合计
  of 720 (rm08) (B102, error, B101 accepted); a 基本支出 占比 of 65% for 1080 of 1800 (rm08)
  (B111, error); a 年度资金总额 of 1620 above the three-year 中期 1500 (rm10) (B103, error);
* money against its basis and its past: a 测算依据 38万元/站×24站 = 912 over its line of 800
  (rm10) (B107, warning); 上年执行数 312.5 above 上年预算 300 in a prior-year block (rm12) (B104,
  warning); a cost 与上年持平 while the budget rose from 300 to 360 (rm12) (B106, warning);
* Excel percentages that do not fit: a 水质达标率 typed as 105% (rm02) (T106, error); a count of
  rain gauges typed as 30% beside a 个 unit column (rm04) (T120, warning, T112 accepted);
* other values: a 及时率 of 98 with the unit 条 (rm04) (T105, error); a 达标率 ≥100% (rm14)
  (T106, error); a satisfaction target ≥60% (rm06) (T114, warning); a name with 12处 and the
  value ≥15处 (rm14) (T110, warning); ≥ on a 超标断面比例 (rm16) (T108, warning); a 2027 date in
  a 2026 department table (rm16) (Y102, error);
* points: 产出指标（50分） over indicators worth 45 (rm06) (W103, error, W101 accepted); a 权重
  column adding to 95 (rm14) (W101, error, file mark);
* 中期 and 年度: a 管网 length of ≥60公里 for the year and ≥45公里 for the period (rm18) (D201,
  error, D104 accepted); a cumulative ≥12处 in both columns of a two-year project (rm18) (D202,
  warning, D104 accepted).

Legitimate look-alikes sit in the 9 correct returns (rm01, rm03, rm05, rm07, rm09, rm11, rm13,
rm15, rm17): rates typed as Excel percentages (pct 0.95, pct 1, 98.0% beside a % unit column,
95.00% and 0.00% formats, 45% equal in 中期 and 年度), 占比 rows that match their amounts (rm09,
rm17), a prior-year block with spending below budget and an Excel 执行率 (rm05) and a block of
the two previous years with their year labels (rm17), 与上年持平 on a budget that did not change
(rm05), ≥0.5/≥1/≥3个百分点 changes of a rate, numbered tier labels and tier labels with points
equal to the sum of their indicators' points (rm03, rm15), two stacked projects each scored to
100 (rm13), detail lines with 测算依据 products equal to their lines (rm07), unit cost × count
equal to the whole budget in 元 (rm15), =0人 on a harm (rm13), cumulative 平方公里/亩/座 smaller in
the year than in the period and a 2028 date in the 中期 column (rm11), WAN money throughout. Every
unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout263 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout263 import ledgers, rates, scores
from tests.variants.holdout263.registry import HOLDOUT263
from tests.variants.kit import Variant

MODULES = (rates, ledgers, scores)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT263, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 263rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
