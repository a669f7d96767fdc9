"""The 611th held-out set: 18 invented returns of ostrich (鸵鸟) and musk deer (林麝) farms and of
the breeding-stock and feed station (种畜与饲料站) serving both, all in the invented 栖麓县 (with
its 蒿坪, 岚峪乡, 鹤湾镇 and 雁脊山), budget year 2026. Its aim is checks across the table: goal
text against indicators, years and dates, 中期 against 年度, duplicates, tier-2 fit, cost ×
count against money, parts against totals, leftovers.

Layouts: project heads (``heads.project_head``) with one-year money blocks (资金总额, 财政拨款,
其他资金) or multi-year ones (中期 | 年度); department heads with key tasks and 金额合计; OLD-NAT
and NAT-2021 tiers merged down; an operator column and a unit column with percents typed in
Excel (ew01, ew15, ew16); two stacked projects (ew03, ew04); tier-1 and indicator score columns
(ew05); numbered labels (ew06); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (ew11,
ew12); 中期 and 年度 columns (ew02, ew09, ew10, ew18); headers 指标内容 / 绩效标准 with a
weight column, subtotal rows and a header repeated after a page break (ew13); a budget-system
export with codes in the first columns, the header on the third row of a second sheet (ew14);
考核指标 / 预期实现值 on a second sheet (ew15); 预期目标 (ew17); labels with points, ``*``, ``★``
and abbreviations, word operators (ew18); 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* ew02-ostrich-period: D202 warning at the annual 引进种鸟 cell (≥300只 copied from 中期; the
  年度目标 says 120; alt D104); D201 error at the annual 新建孵化车间 (4座 in a year, 3 in three
  years; alt D104); D104 warning at the annual 出栏商品鸵鸟 (1500 against the goal's 1200).
* ew04-ostrich-stacked-wrong (second project): B101 error at the 资金总额 (row; 120 + 20 ≠
  150); Y103 warning at the 年度目标 (2024年度 in a 2026 project; alt Y101); B107 warning at the
  饲料补贴标准 (row; 800元 × 2000吨 = 160万 > 150万).
* ew06-ostrich-tiers: T108 warning on the 孵化种蛋破损率 row (≥2% on a reverse rate); F201
  warning on the 出壳雏鸟合格率 row (a quality rate under 时效).
* ew08-musk-department-wrong: B102 error at the 金额合计 amount (90 + 60 + 45 = 195 ≠ 200);
  D104 warning at the 新建林麝圈舍 value (6 against 8 in the goal and the task); Y102 error at
  the 圈舍建成时间 value (2025年10月31日前 in budget year 2026; alt Y101).
* ew10-musk-period-wrong: D204 warning at the 年度目标 (identical to the 中期目标); D201 error
  at the annual 繁育仔麝 (70 in a year, 60 in two; alt D104); F110 error at the empty name cell
  of a row with values.
* ew12-musk-flat-wrong: D104 warning on the 活体取香公麝 row (150 against the goal's 120);
  D102 error on the second 麝香采收量 row (4 and 5 千克; alt D101, D103); W101 error at book
  level (weights add to 95).
* ew14-station-export (sheet 05-2): Y103 warning on the 完成2024年度配合饲料配送 row (alt Y101);
  X101 error at ``≥**人次`` (a template example left, the goal says 150人次); X104 warning at
  the text ``46295`` in the 完成时间 (2026-09-30 as a serial).
* ew16-station-cost: T106 error at the typed ``105%`` 合格率; Y102 error at the deadline
  2027年3月31日 of a one-year 2026 project (alt Y101); B107 warning on the 配送补贴标准 row
  (400元 × 2500吨 = 100万 > 90万).
* ew17-station-template: F201 warning on the 配种鸵鸟场满意度 row (a satisfaction rate under
  社会效益); F109 warning on the empty 生态效益指标 template row.

Legitimate look-alikes in the correct returns: typed percents with an operator column (ew01,
ew11, ew15); 雏鸟死亡率 (ew01) and 损伤率 (ew11) with ≤, a 下降率 with ≥ (ew05); ``0起`` on
incident counts (ew03, ew11, ew15); 100 both ways with tier and indicator scores and a 合计 row
(ew05), subtotal rows beside weights (ew13); rates raised in 百分点 (ew05, ew13); the same
indicator names with other values in two stacked projects (ew03); a footnote explaining the
金额合计 (ew07); 1.8万枚 in the goal and 18000枚 in the indicator (ew05); a goal total with its
part in brackets (ew15: 300批次, 其中青贮120); a later year the work prepares for (ew09:
为2029年…积累数据); period counts beside smaller annual ones and rates equal in both columns
(ew09, ew18); unit cost × count within the money everywhere (ew01: 15 × 20000 = 30万 of 80万;
ew05: 200 × 2400 = 48万 of 60万; ew07: 40 × 2.5万 = 100万 of 120万; ew13, ew15, ew18); fill
dates in November of the year before (all).

Judgements: ew02's annual 300只 is both a copy of the 中期 value and against the goal: D202
asked, D104 accepted. ew04's total is wrong in the sum, not the parts: B101 marked on the row
of the total. ew08's 说明 row inside the table is not an indicator. A deadline outside a
one-year project's year (ew08, ew16) is marked as an error, since a one-year project cannot end
then. ew12's two 麝香采收量 rows conflict (D102), not merely repeat. ew10's 2026年12月31日前完成
主体 is a milestone, not a copy of the period deadline. The flat lists (ew11, ew12) have no
tiers, so no tier finding is asked there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout611 import muskdeer, ostrich, station
from tests.variants.holdout611.registry import HOLDOUT611
from tests.variants.kit import Variant

MODULES = (ostrich, muskdeer, station)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT611, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 611th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
