"""The 668th held-out set: 黄颡鱼 and 对虾 ponds, tail-water treatment, fry release.

18 invented returns (places 沅塘县, 鹭汀区, 芦湾市, 丰溪河, 鹭门湾; all figures invented), 9
correct and 9 with planted mistakes, 24 required marks, most found only by comparing one part
of a return with another (goal text against indicators, years, 中期 against 年度, duplicates,
tiers, unit cost × count against money, parts against totals).

Layouts: ``ponds`` (hb01-hb06): numbered tier labels with points and an indicator score
column; abbreviated labels with a one-column money block; a three-year and a two-year project
with 中期 and 年度 columns; a department flat list (指标名称 · 权重 · 计量单位 · 指标性质 as
operator · 指标值) with typed percent cells; two projects stacked in one sheet. ``tailwater``
(hb07-hb12): a head on one sheet and indicators on a second sheet under 考核指标 / 预期实现值
with operators in words, a unit column and percent and date cells; a budget-system export
(sheets 05-1 and 05-2, codes in the first columns, header on the third row); department returns
with tasks, 注 rows inside the table, 填表说明 and signature lines; headers 指标内容 / 绩效标准
with ★ and * labels; numbered labels. ``release`` (hb13-hb18): three release projects stacked;
a tier-1 score column beside indicator scores; a two-year project with an operator column; a
direction column (正向/反向) beside an operator column; template rows; detail lines below the
table with 万元 only in the number format.

Planted mistakes (return: code, highest accepted severity, place):

* hb02: B101 error at the 资金总额 cell, row (200 + 40 ≠ 260); D104 warning at the 高位池改造
  count, row (goal 85口, indicator 58口); Y102 error at the deadline cell, alt Y101/D104
  (2026年6月30日 in a one-year 2025 project whose goal says 9月底).
* hb04: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  车间 count (4栋 copied from the period); D201 error at the annual 标苗 count (3600 > 3000).
* hb06: B107 warning at the second project's cost standard, row (3万元 × 40口 = 120 > 100);
  D101 warning at the repeated 养殖尾水达标排放率 name under 生态效益, row, alt D103.
* hb08: D104 warning at the count cell, row (goal 12处, indicator 21); T105 error at the
  达标率 value, row (8个); Y102 error at the completion date, row, alt Y101/Y103/D104
  (2024年12月31日 in a 2025 budget, last season's date). The cost cell tolerates a warning
  (21 × 18万 exceeds 240 only because of the count error).
* hb10: B101 error at 资金总额, row (260 + 300 ≠ 540); B102 error at 金额合计, row
  (120 + 95 + 70 = 285 ≠ 300); D104 warning at the 监测点位 value, row (goal 36, indicator 24).
* hb12: F201 warning at a unit cost under 数量指标, row; F105 error at 3.生态效益指标 under
  产出指标.
* hb14: W103 error at 产出指标's score 60 (indicators 55) and at 效益指标's 30 (indicators 35);
  D104 warning at the released count, row (goal 300万尾, indicator 200万尾).
* hb16: Y103 warning at the 年度目标 cell, alt Y101 (完成2024年度… in a 2025 project); T108
  warning at the ≥ of the 反向 death rate, row, alt D104.
* hb17: Y101 error at the plan start date, row, alt Y102 (2025 title, 2024 plan dates); F109
  warning at the empty 质量指标 row; F110 error at the empty name cell (value ≥300人次).

Legitimate look-alikes in the correct returns: tier points and indicator points both summing
to 100 (hb01); 提高≥6百分点 on a rate (hb01); =100% on 合格率 (many); a goal count with its part
in brackets and a 其中 indicator (hb01, hb11); 2028 named as the year the work prepares for
(hb03); period counts beside smaller annual counts and equal rates in both columns (hb03,
hb15); a 下降率 with ≥ (hb05, hb09, hb15); 0起 / =0 on an incident count (hb05, hb07, hb15);
typed percent cells with % in the unit column (hb05, hb07, hb15, hb18); a date cell as a
deadline value (hb07, hb15, hb18); unit cost × count equal to or below the money (hb01, hb07,
hb11, hb12, hb13, hb18); the same indicator names with different values in stacked projects
(hb06, hb13); a footnote explaining that 金额合计 excludes 基本支出 (hb09); 注, 填表说明,
subtotal and signature rows, signature dated the year before the budget year (hb01, hb05, hb09).

Judgements: the annual 时效 value 2025年12月31日前 beside the period's 2026年10月31日前 (hb04)
is fine; 苗种销售收入 (hb03) is not a cost, so it is not held against the money; in hb16 the
goal's 5%以内 against ≥5 is the direction problem, so D104 is accepted there as an alternative
rather than asked for separately; in hb08 the B107 that the wrong count causes is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout668 import ponds, release, tailwater
from tests.variants.holdout668.registry import HOLDOUT668
from tests.variants.kit import Variant

MODULES = (ponds, tailwater, release)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT668, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 668th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
