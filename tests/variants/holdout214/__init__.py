"""214th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round forty-two, about directions, operators and tier fit (variant items 5,
11). 9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer
marks (19 in all):

* ≥ on a harm named in many ways: a 漏报率 (pp02), a 死亡人数 (pp04), a 超标率 beside 反向 in a
  direction column (pp05), a 事故起数 in an operator column (pp07), a 随访成本 (pp09), a
  平均排除时长 in 中期 and 年度 columns (pp11), a 事故发生率 (pp13), a 故障发生率 beside a declared
  反向 (pp17) (T108, warning);
* ≤ on a 正向 indicator: a 报告及时率 (pp02), a 巩固率 (pp13), a 完成率 beside a declared 正向
  (pp17) (T108, warning);
* = on a floor where a 完成率 should be ≥: in an operator column (pp07) and inline =95% (pp15)
  (T107, warning, T108 accepted);
* an operator column that contradicts the value's own sign: ``≥ │ ≤3%`` on a 投诉率 (pp09)
  (T116, warning, T108 accepted);
* an indicator under a tier-2 it does not fit: a 运维成本 under 生态效益指标 (pp05), a 完成时间
  under 数量指标 (pp11), 家长满意度 under 质量指标 (pp13) (F201, warning);
* a tier-2 under the wrong tier-1: 可持续影响指标 under 产出指标 (pp04), 时效指标 under 效益指标 in
  the second of two stacked projects (pp15) (F105, error).

Legitimate look-alikes sit in 8 correct returns (pp01, pp03, pp06, pp08, pp10, pp12, pp14,
pp16): 下降率 and 降低率 with ≥, 控制率 and 达标率 with ≥, costs per unit (批次, 车次, 件, 吨,
人次, 处) with ≤, average response, connection, repair and publication times with ≤, 0起 with =
(inline and in an operator column), 覆盖率 =100% (inline text, operator column), a 成本增长率
≤3% / ≤5% that caps cost growth, a 漏损率 and a 被投诉率 with ≤, 正向/反向 declared per indicator
that agree with the operators (with points adding to 100 in pp06). The ninth correct return
(pp18) has operators in words, a date value, weights adding to 100 and a note row. Every unit
cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout214 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout214 import blocks, columns, inline
from tests.variants.holdout214.registry import HOLDOUT214
from tests.variants.kit import Variant

MODULES = (inline, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT214, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 214th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
