"""The 494th held-out set: schistosomiasis (血吸虫病) control in the invented 澄湄县, split
between snail habitats (查螺灭螺, 环境改造, 抑螺防病林) and cattle screening and lakeside
villagers (家畜查病, 耕牛圈养, 村民查病, 晚血救治, 健康教育).
18 returns, 9 correct, 24 required marks.

Layouts: project heads (one-year, three-year with 中期/年度 money, a transfer payment
with 中央补助 + 地方资金), department heads with shares and key tasks; operators inside
values, in their own column or in words; unit columns; direction columns; two projects
stacked (aj02); flat lists (aj03, aj16); 中期 and 年度 columns (aj07, aj08); numbered tier
labels with points (aj05), * and ★ marks and abbreviations (aj12); tier-1 and indicator
score columns (aj13, aj14); header words 预期目标, 指标内容, 绩效目标值, 考核指标,
绩效标准, 目标值（年度） (aj10: a two-row header on a second sheet); 注 / 说明 / 填表说明
rows, signature lines, a header repeated after a page break with 小计 and 合计 rows
(aj18); a budget-system export with codes and sheets 05-1 / 05-2 (aj11).

Planted mistakes (code, highest accepted severity, place):

* aj02-snail-stacked-two: B101 ≤error at the second project's 年度资金总额 (48 ≠ 40 + 5);
  T105 ≤error at 监测点钉螺调查完成率 `24个`; T108 ≤warning (row) at 活螺平均密度
  `≥0.02只/0.1平方米`.
* aj04-habitat-notes-serial: X104 ≤warning (alt Y106) at 计划完成日期 typed as text `45991`;
  T106 ≤error at 钉螺孳生地环境改造完成率 `≥105%`.
* aj06-snail-direction-words: T108 ≤warning (row) at 有螺环境查螺覆盖率 (正向, 小于等于) and at
  钉螺感染率 (反向, 大于等于).
* aj07-cattle-three-years: D202 ≤warning at the annual cells of 家畜血吸虫病查病数 and
  耕牛淘汰更新数 (copied from 中期); D201 ≤error at
  牛粪无害化处理池建设数 年度 `≥12个` against 中期 `≥10个`.
* aj09-cattle-department-money: B111 ≤error at the 基本支出 share (65 % for 700 / 1250); B102
  ≤error at 金额合计 550 (tasks add to 530); T105 ≤error at 耕牛查病覆盖率 `8000头`.
* aj11-cattle-budget-export: X106 ≤error (alt B108) at 其他资金 `24.6万24.6万` on sheet 05-1
  (the 资金总额 cell beside it tolerates a B101 error); T112 ≤error at 家畜查病数量 `≥18万元`
  with unit 头.
* aj13-villager-tier-points: W103 ≤error at the 产出指标 score 45 (indicators 50) and the 效益指标
  score 30 (indicators 25); T107 ≤warning at 村民满意度 `=95%`.
* aj15-villager-template-rows: F110 ≤error at the empty name cell of a 质量指标 row with `≥95%`;
  F109 ≤warning (row) at the empty 时效指标 and 生态效益指标 rows.
* aj16-villager-flat-defects: T112 ≤error at 村民查病人数 `≥12万元` (unit 人); T108 ≤warning (row)
  at 晚血病人住院费用自付比例 `≥30%` (反向); W101 ≤error on the whole return (weights add to 95).

Legitimate look-alikes in the correct returns: 有螺面积下降率 with ≥ (aj01, aj03, aj05, aj06);
0 targets on incident counts (新发感染性钉螺点 ≤0处, 急性血吸虫病病例数 ≤0例, 鱼类死亡事件 ≤0起,
查病不良反应事件 ≤0起); `=100%` / `pct(1)` on 治疗率 and 及时率 at the ceiling; 100 both ways when
tier points and indicator points are both given (aj05, aj14); `提高≥5百分点` and `下降≥3百分点` on
rates (aj14); identical 中期 and 年度 goals and values in a one-year project (aj08); unit cost ×
count equal to its money (aj11 处理池 16 × 2.5 = 40, aj17 查病试剂 23000 × 8 = 18.4 and 晚血救治
60 × 5000 = 30); fill and signature dates in the year before the budget year; note, 说明,
填表说明, signature, 小计, 合计 and repeated header rows that are not indicators; the ★ 核心指标
note (aj12); percent cells with % repeated in a unit column (aj01, aj10).

Judgements: the same indicator names recur across returns and across the two projects of aj11's
export; each project is its own table, no duplicates. aj10's time value `11月15日` with ≤ and
unit 日期 is a deadline, not a count. aj02's first project and aj11's second project are correct.
`≤0` on 急性血吸虫病病例数 (aj03, aj16) is an incident ceiling, not a rounded zero (no T115). In
aj13 the declared tier scores and the indicator scores each add to 100, so only W103 is asked
for, not W101. In aj09 the wrong share also makes the shares add to 109 %: one B111 at that cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout494 import cattle_screening, lakeside_villagers, snail_habitats
from tests.variants.holdout494.registry import HOLDOUT494
from tests.variants.kit import Variant

MODULES = (snail_habitats, cattle_screening, lakeside_villagers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT494, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 494th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
