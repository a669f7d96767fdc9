"""254th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
market regulation (食品安全监督抽检, 特种设备安全监察, 消费维权, 计量检定, 知识产权保护):
inspection batches and rates, 反向 rates and counts against their operators, flat department
lists, indicators without a name (variant items 3, 11, 13). 9 of the 18 returns are correct;
the other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in all):

* ≥ or = on a 反向 indicator: 事故起数 ``≥ │ 0 │ 起`` in an operator column (rd02), a 平均办结时长
  ≥7个工作日 and a 重复被投诉率 =5% beside a declared 反向 (rd04, T107 accepted for the =), an
  办案周期 ≥90天 (rd06), a 重复被投诉率 ≥8% in a flat list (rd08), a 差错率 ``反向 │ ≥2 │ %``
  (rd10), a 处置时长 ``≥ │ 24 │ 小时`` (rd12), a 转办时长 ≥2个工作日 in the second of two stacked
  projects (rd15), an annual 调解周期 ≥30天 under a period ≤30天 (rd17, D203 accepted)
  (T108, warning);
* ≤ on a 正向 indicator: a 定期检验率 in an operator column (rd02), a 结案率 ≤90% (rd06), a
  到场率 ``正向 │ ≤95 │ %`` (rd10) (T108, warning);
* = on a 处置率 of 95 in an operator column (rd12) (T107, warning, T108 accepted);
* a 满意度 ≥105% (rd06) (T106, error, T114 accepted);
* an indicator row with a value but no name: under merged tiers (rd13), in a flat list with a
  weight and a 备注 (rd08), in a flat list with a direction column (rd10), in the second of two
  stacked projects (rd15), with 中期 and 年度 values (rd17) (F110, error, at the empty name cell);
* a 时效指标 template row left empty (rd13) (F109, warning);
* flat-list weights adding to 95 (rd08) (W101, error, on the file);
* an annual count 1100件 above the period's 900件 in a three-year project (rd17) (D201, error).

Legitimate look-alikes sit in the 9 correct returns (rd01, rd03, rd05, rd07, rd09, rd11, rd14,
rd16, rd18): 不合格率, 改判率, 差错率, 超期率, 故障率 and 被复议撤销率 with ≤; names with
不合格, 投诉 or 超期 that are 正向 (不合格食品核查处置率, 投诉举报按期办结率,
12315平台计量投诉处理率, 超期未检气瓶报废处置率) with ≥; 下降率 with ≥; =0起 inline, in an
operator column and in both 中期 and 年度 columns; =100% at the ceiling in an operator column
(rd07); 100% stored as Excel stores it (rd01, rd05); operators in words (不少于, 不高于, 以内)
with points in the tier-1 labels adding up per tier and a 合计 row (rd05); flat lists with
指标性质 (正向/反向) + 比较符 + 权重 (rd07), bare-signed values with a unit column, 设定依据,
a footnote and a signature (rd09), header words 考核指标 / 目标值（年度） with a 合计 weight
row (rd11); an 指标解释 column mostly empty and a long wrapped name (rd14); two stacked
projects with numbered tier labels and deadline dates in the year (rd16); an OLD-NAT table
with money in 元 by the number format and a 挽回经济损失 in 万元 (rd18); names carrying
numbers (12315) that are not targets. In the two-year rd03 every count halves from 中期 to
年度. Every unit cost × count stays within its money, and every budget and task list adds up.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout254 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout254 import flat, nameless, projects
from tests.variants.holdout254.registry import HOLDOUT254
from tests.variants.kit import Variant

MODULES = (projects, flat, nameless)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT254, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 254th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
