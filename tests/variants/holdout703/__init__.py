"""The 703rd held-out set: 18 invented returns of 桐岙县雾屏山国有林场 (a county forest farm),
budget year 2026, on its forest fire-prevention patrol team, firebreak clearing and lookout-camera
network. Nine are correct, nine carry 2–3 planted mistakes (25 required marks, 21 of them found
only by comparing one part of the return with another). Money is in 万元, mostly with the unit
only in the number format.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns) and department
heads with budget, typed percent shares and tasks; NAT-2021 and OLD-NAT tiers, numbered labels
with points, labels with * and ★, abbreviated labels (产出, 数量); operator and unit columns; a
flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); two stacked projects in one sheet; a
two-row header with 考核指标 / 目标值（年度） / 评价标准; 预期实现值 on a second sheet; a
budget-system export (05-1 / 05-2 sheets, project codes in the first column, header on row 3);
注 / 说明 / 填表说明 rows inside and under the table, signature and print lines.

Planted mistakes (return: code, highest accepted severity, place):

* kak02-patrol-goal-count: B101 ≤error at the 年度资金总额 cell (80 + 15 ≠ 100); D104 ≤warning
  (row) at 专职巡护队员人数 ≥36人 (the goal says 扩编至40人); B107 ≤warning (row) at the
  allowance ≤2500元/人·月 (× 36 × 12 = 108万元 > 100万元).
* kak04-patrol-multiyear: Y103 ≤warning (alt Y101, D104) at the 年度目标 naming 2025年 in a
  2026—2028 project; D201 ≤error (alt D104) at the annual 培训人次 ≥140 above the period's 120.
* kak06-patrol-wrong-tier: T108 ≤warning (row) at 扑火队员受伤发生率 ≥1%; F201 ≤warning (row,
  alt F105) at 林区群众满意度 under 社会效益指标.
* kak08-firebreak-stacked-leftover (second stacked project): B101 ≤error at its 年度资金总额
  (30 + 6 ≠ 40); Y102 ≤error (alt Y103, Y101) at the deadline 2025年11月30日前; B107 ≤warning
  (row) at ≤1.5万元/公里 × 32公里 = 48万元 > 40万元.
* kak10-firebreak-goal-length: B103 ≤error at the 年度资金总额 230 above the 中期 210; D104
  ≤warning (row) at the period length ≥160公里 against the goal's 180公里; D202 ≤warning (alt
  D104) at the annual ≥30公里 copied from the period (the 年度目标 says 10公里).
* kak12-firebreak-duplicate: D103 ≤warning (row, alt D102, D101, D104) at 防火隔离带清理总长度
  ≥180公里 beside 清理长度 ≥150公里; F201 ≤warning (row) at an area (≥1800亩) under 质量指标;
  F110 ≤error at the empty name of a 社会效益 row valued ≥3场.
* kak14-camera-cost: D104 ≤warning (row) at 新建监控点位数量 10 (goal: 12个); T106 ≤error at a
  typed 105% 设备在线率; B107 ≤warning (row) at ≤9.5万元/个 (× 10 = 95万元 > 90万元).
* kak16-camera-years: Y101 ≤error (row, alt Y102) at the plan dates 2025-01-01…2025-12-31 under
  a 2026 title; Y102 ≤error (alt Y101, Y103, D104) at the deadline 2025年11月30日前 (the goal says
  11月30日前 of 2026); X104 ≤warning at the fill date typed as the text "45979".
* kak18-camera-multi-dup: D204 ≤warning at the 年度目标 identical to the 中期目标; D201 ≤error
  at the annual ≥40个 above the period's 30个; D102 ≤error (row, alt D101, D103, F201) at the same
  新建监控点位数量 again under 质量指标 with an annual ≥10个.

Legitimate look-alikes in the correct returns: typed percent cells (kak01, kak05, kak15, kak17
shares to 0.00%); a 下降率 with ≥ (kak01); a goal's 4800公里 with its parts in brackets given as
two indicators (kak01); cost × count exactly equal to the money or below it (kak01 2000×36×12 +
9.6 = 96; kak13 7.5×4 + 1.5×12 = 48; kak17 4000×150 = 60万元; in the wrong kak16, a platform
cost equal to its money); =0起 on a fire count (kak03, kak17); ‰ on 受害率; =100% at the ceiling
(kak15, kak16); 百分点 rises (kak05, kak09); tier points and indicator points both summing to
100 (kak09); the period's count in 中期 beside a smaller annual count and equal rates in both
columns (kak04, kak09, kak10, kak18); a deadline in 2027 in the 中期 column of a 2026—2027
project and 为2028年…积累 in its 中期目标 (kak09); the same indicator name with different values
in two stacked projects (kak07); fill, signature and print dates in November 2025; a note naming
the 2025 contract prices (kak03); a note explaining that 金额合计 covers only 项目支出 (kak17).

Judgements: kak10's annual money 230 has parts that add up (210 + 20), so only B103 is marked.
kak12's duplicate has different values: near-duplicate D103 at warning, D102 accepted; the
F110 row's value ≥3场 stays unmarked beyond F110. kak18's duplicate under 质量 is marked once
(D102 with F201 accepted) rather than twice. kak14's cost exceeds the money with either count
(10 or 12). kak16's plan dates are marked as a row (start and end cells share it).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout703 import camera, firebreak, patrol
from tests.variants.holdout703.registry import HOLDOUT703
from tests.variants.kit import Variant

MODULES = (patrol, firebreak, camera)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT703, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 703rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
