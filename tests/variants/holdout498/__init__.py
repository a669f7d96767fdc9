"""The 498th held-out set: 18 invented returns of olive-pit carving and tinware (核雕、锡器)
studios and apprentices, 9 correct and 9 with planted mistakes, budget year 2025.

Layouts: project heads (``heads.project_head``) with 万元 money rows in the number format,
operator columns (≥ or in words), unit and direction columns, tier and indicator score columns,
multi-year projects with 中期 and 年度 columns, two projects stacked in one sheet, an indicator
table on a second sheet under 预期实现值, headers 指标内容 / 绩效标准 / 预期目标, department heads
(``heads.department_head``) with shares and key tasks, flat lists in two column orders, numbered
tier labels with points and ★, notes, a repeated header, detail lines and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* an02: T106 ≤error at the 合格率 typed as 105%; T108 ≤warning (row) at the ≥ of 霉变率.
* an04: W103 ≤error at the 产出 tier score (50, indicators 55) and at the 效益 tier score (30,
  indicators 25); T105 ≤error at 技法掌握率 ``12人``.
* an06: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at each of the
  two annual cells of cumulative counts copied from 中期 (传承人人数, 影像时长).
* an08: B101 ≤error at the second project's 年度资金总额 (25 ≠ 18 + 5); T105 ≤error at the
  抽检合格率 ``120件``.
* an09: X104 ≤warning at 计划完成日期 ``45992`` typed as text; X105 ≤warning (alt X103) at
  the detail line ``12.5 6``; X106 ≤error (alt B108) at the detail line ``8万8万``.
* an12: T108 ≤warning (row) at 小于等于 on a 正向 count and at 大于等于 on a 反向 超标率.
* an14: B101 ≤error at 资金总额 (130 + 180 ≠ 300); B111 ≤error at the 其他资金 share (20 %,
  should be 26.67 %); B102 ≤error at 金额合计 (80 + 60 + 30 ≠ 180).
* an16: W101 ≤error (book level, weights 95); T112 ≤error at ``30人`` under unit 件; T108
  ≤warning (row) at ``≥3%`` on a 反向 工伤发生率.
* an18: F110 ≤error at the empty name cell of a row with a value; F109 ≤warning (row) at the
  template tier-2 经济效益指标 left without indicator.

Legitimate look-alikes in the correct returns: ``=`` with 100 % on 验收合格率 (an01, an10) and
``=100%`` on 完成率 / 及时率 (an05, an07, an13); typed percent cells (an01, an10, an13, an15);
a 下降率 with ≥ (an10; an02 and an12 too); ``≤0起`` / ``0起`` on incident counts (an10, an15);
tier points and indicator points both adding to 100 with a 合计 row (an03); ``比上年提高≥3百分点``
on a 比例 (an03); unit cost × count exactly equal to the money (an03, an07, an09, an13, an17);
equal 中期 and 年度 values for rates, unit costs and a 运营年限 (an05); the same indicator name
with different values in two stacked projects (an07); a repeated header row after a page break,
an instruction row inside the table and footnotes explaining the cost (an11); a 注 row between
tiers (an17); fill dates in the year before the budget year (all).

Judgements: ``运营年限 ≥5年`` equal in both columns is a duration, not a cumulative count. In
an06 the 成本 × count stays within the annual money although the count was copied, so no B107
is expected. In an09 the detail lines add up to 40 once ``12.5 6`` is read as 12.56 and
``8万8万`` as 8. In an14 the shares of 基本支出 and 项目支出 are left blank; only the 其他资金
share is wrong. In an16 the W101 is book level since the weight column has no total row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout498 import apprentices, carving, tinware
from tests.variants.holdout498.registry import HOLDOUT498
from tests.variants.kit import Variant

MODULES = (carving, tinware, apprentices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT498, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 498th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
