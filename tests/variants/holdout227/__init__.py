"""227th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
civil affairs, disability and veterans' money paid to people (高龄津贴, 残疾人两项补贴, 特困供养,
优抚对象抚恤, 临时救助): standards per person a month or a year times the people paid and the
months, allowances in tiers by age or grade that split one count of people, caps on average
costs against payment standards, 中期/年度 columns, reverse indicators (差错率, 冒领率) (variant
items 9, 11, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a
careful reviewer marks (20 in all):

* a total that is not its sources: 年度资金总额 1190.00 ≠ 1120.00 + 60.00 (qc02), the second
  of two stacked projects 96.00 ≠ 80.00 + 10.00 (qc14) (B101, error, at the total's row);
* key tasks that add to 2770.00 against a 金额合计 of 2750.00 (qc12) (B102, error, at the
  金额合计 row);
* 年度资金总额 430.00 above 中期资金总额 420.00 in a two-year project (qc08) (B103, error, at the
  totals row; the same at the 财政拨款 row accepted, not asked for);
* a standard × people × 12 months above the money: 150元/人·月 × 9200人 × 12 = 1656万元 >
  1200万元 (qc06) (B107, warning, row);
* a 测算依据 line typed in 元 inside a 万元 block, 160000 for 16.00 (qc10) (B110, error; the
  B102 it causes tolerated at file level);
* a 基本支出 share 28.87% where 862.40 ÷ 3612.40 = 23.87% (qc12) (B111, error);
* an annual count above its period count, ≥2600人次 against ≥2400人次 (qc08) (D201, error);
* a cumulative count copied from 中期 to 年度 in a two-year project, ≥24场 (qc08) (D202,
  warning);
* a direction against its operator: a 差错率 with ≥ in an operator column (qc02), a 冒领率
  declared 反向 with ≥ (qc06), a 审批办理时限 ≥24小时 (qc10), a 发放及时率 ≤95% (qc14), a 差错率
  declared 反向 with ≥ (qc16), a 冒领率 with 大于等于 in an operator column in words (qc18)
  (T108, warning, row);
* =95 on a 按时发放率 (qc06) (T107, warning, T108 accepted);
* a unit cost rounded away: 人均津贴代发服务成本 ≤0万元/人·年 (qc04) (T115, error);
* an amount pasted twice in a 测算依据 line, ``165.6万165.6万`` (qc04) (X106, error, B108
  accepted);
* 财政拨款 typed as text split by a space, ``3 412.60`` (qc16) (X105, warning, X103 accepted);
* a 清算 deadline ``2027年1月31日前`` in a one-year 2026 project (qc18) (Y102, error).

Legitimate look-alikes sit in the 9 correct returns (qc01, qc03, qc05, qc07, qc09, qc11, qc13,
qc15, qc17): age tiers (80—89, 90—99周岁) and grades (一级/二级, 一至四级, 全护理/半护理/全自理)
that split one count, each standard times its own tier's people and 12 months within the money
(the highest standard times the whole count would not be); numbers inside names that are age
ranges or grades, not targets; 差错率, 冒领率, 冒领发生率, 致贫返贫发生率 with ≤ (inline, in an
operator column in words, in 中期 and 年度 columns as 以内 / 不高于); 冒领资金追回率 with ≥ and
=100%, a 冒领金额下降率 and a 返贫户数下降率 with ≥; 人均救助金额 1500元/人次 × 2000人次 equal to
the 300万元 (qc09); a cap on the average cost equal to the standard × 12 (1.44万元/人·年 for
1200元/人·月, qc07); standards in 元 and in 万元 per person a year against money in 万元 (qc13);
年均 counts equal in the 中期 and 年度 columns of multi-year projects, with rates and standards
repeated (qc07, qc17); the same indicator names with different values in stacked projects
(qc05); 其他资金 ``40万(其中慈善捐赠15万元)`` (qc09, a warning tolerated); 金额合计 equal to
项目支出, not to 资金总额 (qc15); 中央补助 + 地方资金 in a 区域 table with ★ core indicators and
numbered tiers (qc11); percentages as Excel stores them (pct(1), pct(0.98), pct(0.92),
pct(0.9)), money with 万元 in the number format throughout; footnotes, a flat list with
weights adding to 100 (qc15), a 指标值设定依据 column (qc09), 测算依据 blocks (qc01, qc03,
qc13), signature lines and a fill date in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout227 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout227 import allowance, support, veterans
from tests.variants.holdout227.registry import HOLDOUT227
from tests.variants.kit import Variant

MODULES = (allowance, support, veterans)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT227, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 227th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
