"""218th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
乡村振兴 and agriculture as other official forms lay them out (variant items 5, 7, 12):
transfer-payment 区域绩效目标表 of 衔接推进乡村振兴补助资金 (a region's money by source, county
allocations, its indicators; ``regional``), 中央预算内投资 plans (总投资 by source, 年度计划投资,
建设期, 分项投资 with 测算依据; ``investment``) and 衔接资金 projects with their amounts per
village (``villages``), with the tier labels of those forms and money in 元 and in 万元 in
different blocks as each block states it. 9 of the 18 returns are correct (pt01, pt03, pt05,
pt07, pt09, pt11, pt13, pt15, pt17); the other 9 carry 2–3 planted mistakes a careful reviewer
marks (20 in all):

* money that does not add up: 年度金额 ≠ 中央补助 + 地方资金 (pt02), 年度资金总额 in 元 ≠ the
  three 衔接资金 sources (pt18) (B101, error); per-village lines adding to 146.00 under a 合计
  of 152.00 (pt14) (B102, error, B101 accepted); a 2026年度计划投资 above the 总投资 (pt10)
  (B103, error); a share of 32% for 2400 of 8000 (pt06) and of 28% for 600 000 of 2 400 000
  元 (pt16) (B111, error; in pt16 the 合计 share that then no longer adds up is tolerated);
* a unit slip between blocks: one county typed in 万元 (2 964.00) in an allocation block in 元
  (pt04) (B110, error; B102 at the 合计 tolerated); a source formatted ``1200.00万元`` in an
  投资构成（元） block (pt12) (B105, error; B101 at the 总投资 tolerated);
* a cost standard × count above the money: 户均工程投资 2600元 × 12000户 against 2860万元
  (pt08), 户厕奖补标准 1800元 × 980户 against 152万元 (pt14) (B107, warning);
* 计划竣工时间 before 计划开工时间 (pt08) (Y104, error; a finding at the indicator date that
  then falls outside the garbled plan span is tolerated);
* an annual count above its period count in a two-year plan: 22座 against 18座 (pt10) (D201,
  error); ≥ on a 吨水处理运行成本 in both value columns (pt10) (T108, warning);
* tiers: 可持续影响指标 under 产出指标 (pt02) (F105, error); the evaluation tier-1 过程 with
  资金管理 on the second sheet of a 区域绩效目标表 (pt06) (F108, error, F103 accepted; any
  finding at the tier-2 tolerated); a tier-2 row 生态效益指标 left from the template (pt18)
  (F109, warning); a value ≥3个 without a name (pt18) (F110, error);
* values: a 覆盖率 given as 36个 (pt04) (T105, error); a 确权登记率 ≥102% (pt16) (T106,
  error); 1.2万吨 in the value against 万元 in the unit column (pt12) (T112, error).

Legitimate look-alikes in the correct returns: county allocations in 元 that add up to a head
in 万元 (pt03), a 投资构成 in 元 with a 分项投资 block in 万元 and its 测算依据 (pt11), standards
in 元/户 beside amounts in 万元 (pt13), a 资金测算 block in 元 under a head in 万元 (pt17);
three and four money sources (pt05, pt07, pt09) and shares of 100/60/25/15% that match (pt07);
costs per 亩, 吨, 户, 台, 公里 × counts equal to the money (pt07, pt09, pt13, pt15, pt17); a
2026年度计划投资 below the 总投资 with its own sources, 实施期 and 年度 values where the annual
counts are lower and unit costs, rates and 使用年限 equal, ≥3个百分点 (pt09); tier labels with
★, numbering (一、产出指标, 1.数量指标, （一）数量指标), points adding to 100 (产出指标（60分）),
abbreviations (数量, 服务对象满意度) and bracketed alternatives (时效指标（进度指标）,
质量指标(或标准指标)); headers 年度指标值, 绩效目标值, 预期实现值, 目标值（年度）; a name wrapped
onto a second row without a value (pt05); =0起 on 规模性返贫致贫事件, 5万元 inside a 占比 name,
168万人, a 资金下达及时率 of 100% and 100%/95%/92% typed as Excel stores them (pct), =100% at
the ceiling, a unitless 灌溉水有效利用系数 ≥0.58, 支出进度 ≥90% under 时效; a county project list
on one sheet and a flat indicator list (指标性质 as direction, weights adding to 100, a 合计
row) on the next (pt15); two projects stacked with the same indicator names and different
values (pt17); 填报日期 in the year before, footnotes and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout218 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout218 import investment, regional, villages
from tests.variants.holdout218.registry import HOLDOUT218
from tests.variants.kit import Variant

MODULES = (regional, investment, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT218, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 218th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
