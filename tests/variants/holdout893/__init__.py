"""The 893rd held-out set: rural road maintenance (农村公路养护) and bridge safety inspection and
dangerous-bridge renovation (危桥改造) in the invented 栎川县 (栎川县交通运输局, its 农村公路养护
中心 and 公路事业发展中心; towns 枫垭镇, 石磴乡, 鹭岙乡, 梓坎镇). Budget year 2025, money in 万元
(often only in the number format). 18 returns, 9 correct, 23 required marks.

Layouts: project heads with one-year and three-year money blocks (khs01, 02, 05–12, 15–17);
department heads with budget lines and key tasks (khs03, 04, 13, 14); flat lists (khs03, 04);
operator column (khs01, 02, 18), direction and operator columns (khs11); 中期 and 年度 columns
(khs06); two projects stacked (khs07, 08); tier-1 and indicator score columns (khs09, 10); numbered,
pointed, ★/* marked and abbreviated tier labels (khs01, 15, 16); a two-row header with 考核指标 and
目标值（年度） (khs15); headers 预期目标 (khs17) and 预期实现值 on a second sheet (khs12); a header
repeated after a page break, 注 / 填表说明 / signature rows (khs05); a budget-system export with
codes in the first columns and the header on the third row of 部门项目支出绩效目标05-2 (khs18).

Planted mistakes (return: code, highest accepted severity, place):

* khs02: T106 ≤error at the typed 105% of 护栏完好率 (Sheet1!E10); T108 ≤warning, row mark, at the
  ≥ of 路侧事故发生率 (operator column).
* khs04: T105 ≤error at `≥120公里` for 养护工程覆盖率; T108 ≤warning, row mark, at `≥2%` of
  群众投诉率 declared 反向; W101 ≤error, book level (weights add to 95).
* khs06: D204 ≤warning at the 年度目标 cell (a copy of 中期目标); D202 ≤warning at the 年度 cells
  of 路面标线施划里程 and 增设错车道 (three-year counts copied).
* khs08: B101 ≤error at the second project's 年度资金总额 (260 ≠ 200 + 40); T105 ≤error at `3座`
  for 桥梁荷载试验合格率.
* khs10: W103 ≤error at the 产出指标 score 40 (indicators 45) and the 效益指标 score 30
  (indicators 25); T115 ≤error at `≤0万元/米` (a unit cost rounded to 0).
* khs12: X104 ≤warning at 计划完成日期 `46022` typed as text on 基本信息; T105 ≤error at `24处` for
  设施安装验收合格率 and T107 ≤warning at `=95%` for 沿线群众满意度, both on 绩效指标.
* khs14: B101 ≤error, row mark, at 资金总额 980 (基本支出 300 + 项目支出 700 = 1000); B102 ≤error
  at the 金额合计 700 of the key tasks (400 + 180 + 90 = 670).
* khs16: F105 ≤error at `（四）可持续影响指标` under 一、产出指标; T113 ≤warning at `100%` for
  拓宽工程完工时间.
* khs17: F110 ≤error at the empty name cell of a `≥95%` row; F109 ≤warning, row marks, at the
  empty template tier-2 rows 经济效益指标 and 生态效益指标.

Legitimate look-alikes in the correct returns: typed percent cells (khs01 `85%`, `3%`, `90%`,
unit column left empty); `≤0起` / `≤0天` on incident and outage counts (khs01, 07, 11);
路面病害发生率 with ≤ (khs01); 道路交通事故下降率 `≥ 5 %` (khs03); `= 100 %` on a 覆盖率 and
合格率 at the ceiling (khs03, 18); unit cost × count equal to the money (khs07: 120 × 4 = 480,
105 × 2 = 210; khs09: 110 × 3 = 330; khs18: 32 × 4 = 128); the same indicator names with
different values in two stacked projects (khs07); tier points and indicator points both adding
to 100 (khs09); rates raised in 百分点 (khs09 `提高≥5百分点`, khs11 `≥ 2 百分点`); 反向 rows with ≤
in the direction column (khs11); a signature dated 2024-12-06 and a 注 quoting 2024 (khs05); a
header row repeated mid-table (khs05); tier labels with points adding to 90 and a 注 saying
预算执行率 (10分) is scored apart (khs15); a 说明 row explaining that 金额合计 is 项目支出 (khs13);
a 中期 column equal to 年度 for rates and unit costs (khs06, not marked).

Judgements where a reviewer could hesitate:

* khs04's 单公里路面改善成本 `≤22万元/公里` × 38 = 836 stays within 项目支出 860; its weight defect
  is a book mark because the weights have no total row.
* khs10's zero cost makes no cost × count check possible; only T115 is asked. Its tier-1 scores
  (100) and indicator scores (100) both add up overall: only the two tiers are wrong.
* khs12's `46022` is 2025-12-31 and would lie in the year once read; X104 only, a warning.
* khs14: the 资金总额 row is marked as a row, since the finding may land at 基本支出 or 项目支出.
* khs15: 90 points plus a separately scored 预算执行率 is accepted per domain.md §5; 管护员补助标准
  `≤0.3万元/人·月` × 60 人 × 12 月 = 216 stays within 240.
* khs06's 沿线乡镇到县城通行时间缩短 (15 / 5 分钟) is not a cumulative count: not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout893 import bridges, offices, roads
from tests.variants.holdout893.registry import HOLDOUT893
from tests.variants.kit import Variant

MODULES = (roads, bridges, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT893, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 893rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
