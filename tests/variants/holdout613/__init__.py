"""The 613th held-out set: 18 invented returns, written blind, to measure ``goalbook check`` out
of sample, with an emphasis on checks across the table.

Theme: a red-lantern (灯笼) craft workshop and lantern shows (枫渡县, 鹭汀市; ``lantern``), a 卤味
(braised duck neck) processing plant and its services (云塘区; ``duckneck``) and a cold-chain
delivery service (鹭汀市; ``coldchain``). Budget year 2026 throughout; money in 万元.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and task blocks, OLD-NAT and NAT-2021 tiers merged down, numbered labels with
points (ey05, ey18), abbreviated labels (ey06), operator and unit columns (ey01), direction and
operator-in-words columns (ey13), headers 指标内容 / 绩效标准 (ey02), 考核指标 / 目标值（年度） /
评价标准 (ey16), a two-row header 预期实现值 on a second sheet (ey15), a flat list (ey09), stacked
projects (ey11, ey17), a budget-system export with codes in the first columns, the header on the
third row of a second sheet (ey12), notes, subtotal rows, a repeated header after a page break
and signature lines (ey10, ey18).

Planted mistakes (return: code, highest accepted severity, place):

* ey02-hongdeng-goal-mismatch: D104 ≤warning at Sheet1!D9 (goal trains 60 apprentices, the
  indicator 40); Y102 ≤error alt Y103/Y101 at the 时效 value (deadline 2025年9月30日前 in a 2026
  return whose goal says 2026); B107 ≤warning at the 成本 value (150元 × 2000盏 = 30万 > 20万).
* ey04-dengcai-period-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual 展陈点位 count (cumulative count copied); D201 ≤error at the annual
  匠人培训人数 (120 > the period's 80).
* ey06-denglong-tier-slips: F201 ≤warning (row) at 结业灯笼成品验收合格率 under 时效; F109
  ≤warning (row) at the empty 生态效益 template row.
* ey08-luwei-money-wrong: B101 ≤error at 资金总额 (150 + 280 ≠ 450); B102 ≤error at 金额合计
  (180 + 60 + 30 ≠ 280); D104 ≤warning at 卤鸭脖产量 ≥600吨 (goal 800吨).
* ey10-luwei-duplicates: Y103 ≤warning at the 年度绩效目标 (2025年… left from last year); D103
  ≤warning alt D101 (row) at 卤制车间改造间数 (near-duplicate of 改造数量); D102 ≤error alt
  D101/D103 (row) at the second 小作坊产品抽检合格率 (≥95% under 质量, ≥98% under 社会效益).
* ey12-luwei-system-export: T105 ≤error (row) at 鸭脖原料抽检合格率 60批次; B107 ≤warning (row)
  at the subsidy 0.12万元/吨 × 500吨 = 60万 > 45万.
* ey14-lenglian-direction: D104 ≤warning at 冷藏车购置数量 ≥25辆 (goal 30辆); T108 ≤warning
  (row) at 货损率 ≥1%; T108 ≤warning (row) at 准时送达率 ≤95%.
* ey16-lenglian-dates: Y104 ≤error alt Y102 at 计划完成日期 2025-12-31 (start 2026-03-01);
  Y102 ≤error alt Y103 at 平台上线运行时间 2027年3月31日前 in a one-year 2026 project.
* ey17-lenglian-stacked-wrong: D103 ≤warning alt D101 (row) at 冷链车辆GPS温控设备接入率 in the
  first project; B101 ≤error at the second project's 年度资金总额 (50 + 15 ≠ 70); B107 ≤warning
  (row) at 冷藏箱采购单价 0.5万元 × 200个 = 100万 > 70万.

24 required marks, 20 of them found only by comparing parts of the return (goal against
indicators, dates and years, 中期 against 年度, duplicates, tiers, unit cost × count against
money, parts against totals, last year's text).

Legitimate look-alikes in the correct returns: a goal count with its part in brackets (ey01
1200盏（其中大型200盏）, ey07 1500批次（其中900）, ey15 40个（其中28、12）); unit cost × count
within the money, stated in a footnote (ey01 36万 ≤ 48万, ey13 90万 ≤ 120万, ey18 24万 ≤ 60万;
also ey03, ey05, ey06, ey07, ey11, ey15); a later year the work prepares for (ey03 为2029年申报…);
period counts above the year's with rates and unit costs equal in both columns (ey03); 0起 on an
accident count with = (ey07, ey13); 下降率 with ≥ / 大于等于 (ey07, ey13, ey17); 货损率 with
小于等于 (ey13); rates raised in 百分点 (ey05, ey18); tier points in the labels and indicator points
both adding to 100 (ey05, ey18); =100% on a coverage rate (ey08, ey09, ey11); the same rate with
different values in two stacked projects (ey11); tasks adding to 项目支出, not 资金总额, with a
footnote saying so (ey07); fill and signature dates in 2025 (ey01, ey02, ey07, ey10, ey18);
typed percent cells (ey01, ey07, ey09, ey13).

Judgements where a reviewer could hesitate:

* The deadline and goal-year slips (ey02, ey16) are marked as errors (a deadline outside the
  budget year of a one-year project cannot be), Y103 accepted; the goal sentence starting
  2025年 (ey10) is only a warning: it may be a history, though here it is last year's goal.
* Goal against indicator (D104) stays a warning: the reviewer asks rather than rejects.
* Unit cost × count beyond the money (B107) is a warning, as in the catalogue: other money may
  exist, but the reviewer asks for it.
* ey10's two 小作坊产品抽检合格率 rows carry the same name with different values under two tier-2s:
  one indicator cannot have two targets (D102, error); ey17's and ey10's names differing by a
  word are near-duplicates (D103, warning).
* ey07's 检测报告归档率 is a typed 100% without operator: the ceiling, no finding asked.
* ey18's 小计 and 合计 rows and the repeated header are not indicators; ey09's 合计 row holds
  the weight total 100.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout613 import coldchain, duckneck, lantern
from tests.variants.holdout613.registry import HOLDOUT613
from tests.variants.kit import Variant

MODULES = (lantern, duckneck, coldchain)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT613, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 613th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
