"""The 512th held-out set: felt yurts (毡房、蒙古包) craft and herders' seasonal camps (冬窝子)
on migration routes (转场牧道). 18 invented returns, 9 correct, 9 with 21 planted mistakes.

Layouts: project heads (one-year and three-year with 中期/年度 money and goals), department heads
with budget, shares and key tasks; OLD-NAT and NAT-2021 tiers merged down; an operator column
with a unit column (bb01); numbered and scored tier labels with ★ (bb05); a two-row header with
指标内容 / 绩效标准 (bb06); flat lists in two column orders (bb07, bb08); 中期 and 年度 value
columns (bb09, bb10); a 填表说明 row inside the table, the header repeated after a page break,
footnotes and a signature line (bb11); header 预期目标 (bb12); tier-1 and indicator score
columns (bb15, bb16); a budget-system export with project code columns on a second sheet under
预期实现值 (bb17); detail money lines under the table (bb18); two stacked projects (bb03, bb04).
Modules: ``felt`` (bb01–bb06), ``camps`` (bb07–bb12), ``routes`` (bb13–bb18).

Planted mistakes (return: code, highest accepted severity, place):

* bb02: B101 error at the 年度资金总额 cell (85 ≠ 70 + 10); T106 error at 羊毛毡片检验合格率
  ``≥105%``; T105 error at 转场牧户毡房使用率 ``≥28户``.
* bb04: B101 error at the second project's 年度资金总额 (50 ≠ 35 + 10); T108 warning (row) at
  the second project's 毡房火灾事故发生率 ``≥1%``.
* bb08: T112 error at 冬窝子暖棚新建数量 ``36万元`` under unit 座; T108 warning (row) at
  转场途中牲畜走失率 ``≥3%`` (反向); W101 error on the book (weights add to 95).
* bb10: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at each of the two
  annual cumulative counts copied from the 中期 column.
* bb12: F110 error at the empty name cell of a 质量指标 row valued ``≥95%``; F109 warning (row)
  at the template 时效指标 with no indicator.
* bb14: B101 error at 资金总额 (基本支出 110 + 项目支出 180 ≠ 300); B102 error at the 金额合计
  of the key tasks (80 + 60 + 45 ≠ 180).
* bb16: F105 error at 生态效益指标 under 产出指标; W103 error (alt W101) at the 效益指标 score 30
  over indicator points 15 + 10.
* bb17: T113 warning at 饮水点建设完成时限 typed as 100 %; T105 error at 转场牧户饮水保障覆盖率
  ``≥300户`` (sheet 部门项目支出绩效目标05-2).
* bb18: X105 warning (alt X103) at the 年度资金总额 text ``150.452 8``; X106 error (alt B108) at
  the detail line ``36万36万（含油费）``.

Legitimate look-alikes in the correct returns: typed percent cells (bb01, bb07, bb09, bb13
shares, bb17's 满意度 in a wrong return); 毡片返修率 ``≤3%`` and 越冬死亡率 ``≤2%`` (反向 with ≤);
冬春草场退化面积下降率 ``≥10%`` (a 下降率 that should rise); 人畜伤亡事故 ``≤0起`` (a zero on
an incident count, not a rounded cost); ``=100%`` on an acceptance rate (bb06); cost standard ×
count equal to the money (bb03 second project 60 × 0.6 = 36, bb05 运维成本 = 45, bb10 annual
120 × 1 = 120); the same 牧户满意度 with different values in stacked projects (bb03, bb04);
tier points and indicator points both adding to 100 (bb05, bb15); rate changes in 百分点 (bb09,
bb15, bb16); rates equal in 中期 and 年度 (bb09, bb10); a footnote explaining 其他资金 and a
signature date in the year before the budget year (bb11); the header repeated after a page break
with 产出指标 opening the second part (bb11); a 定性 operator cell with 健全 (bb01).

Judgements: the T113 in bb17 is a warning (the catalogue's severity; a deadline as a percent is
doubtful rather than impossible). In bb16 the missing 5 points also leave the indicator points at
95, so W101 is accepted for the W103 mark. In bb10 the annual cost cap ``≤1万元/公里`` × the
copied 120 km equals the annual money exactly: not exceeding, and the copy is what is marked. In
bb18 the split total is read as 150.4528 and the pasted-twice line as 36, so the head and the
detail lines add up; no B101/B102 is asked for. In bb12 the empty-name row sits under 质量指标;
the F110 is at the name cell, not the tier-2. In bb08 ``36万元`` under 座 is T112 (a value unit
against the unit column), an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout512 import camps, felt, routes
from tests.variants.holdout512.registry import HOLDOUT512
from tests.variants.kit import Variant

MODULES = (felt, camps, routes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT512, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 512th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
