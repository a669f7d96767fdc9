"""The 615th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: 中华蜂 (Chinese honeybee) and 熊蜂 (bumblebee) pollination services (``hives``: fa01–fa06,
``bumblebees``: fa07–fa12) and a 梅花鹿 (sika deer) antler farm (``antler``: fa13–fa18). All
places (岩沟县, 栗川镇, 桦岭乡, 鹿鸣山), units, people, phones and figures are invented. Aim:
checks across the table (goal text against indicators, years, 中期 against 年度, duplicates,
tiers, unit cost × count against money, parts against totals).

Layouts: project heads with one-year and multi-year money blocks (fa01–fa04, fa06–fa08,
fa10–fa12, fa15–fa18); department heads with tasks (fa05, fa09, fa14); numbered tier labels
with points and an indicator points column (fa01); tier-1 points column (fa12); abbreviated
labels with ★ (fa10); headers 绩效标准 (fa02), 指标内容 / 预期目标 (fa08), 指标方向 / 目标值
in a two-row header repeated after a page break (fa11); operator and unit columns (fa01, fa05,
fa06, fa11); 中期 and 年度 columns (fa03, fa04, fa15, fa16); a flat list (fa05); two stacked
projects (fa07); a budget-system export with codes in the first columns and the table on a
second sheet (fa13); note rows inside and under the table, 填表说明, signature lines (fa09,
fa17); typed percent cells (fa01, fa05, both correct).

Planted mistakes (return: code, highest accepted severity, place):

* fa02: D104 ≤warning at the 授粉蜂群数量 value, row (goal 800群, indicator ≥600群); D103
  ≤warning at 授粉蜂群健康检疫合格率, row, alt D101/D102 (the 检疫合格率 two rows above with a
  word more); Y102 ≤error at the 结算完成时间 value, row, alt D104 (2026年3月31日前 in a one-year
  2025 project whose goal says 9月30日前).
* fa04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  蜂农技术培训人数 (≥300人 against ≥250人 for the period).
* fa06: B101 ≤error at 年度资金总额 (85 ≠ 70 + 10); B107 ≤warning at the 蜂箱购置补助标准
  value, row (500元/箱 × 2000箱 = 100万元 > 85万元); T105 ≤error at 蜂农技术培训覆盖率, row,
  alt T112 (120 with 户 in the unit column).
* fa08: Y103 ≤warning at the 年度绩效目标 cell, alt Y101 (2024年 left in a 2025 goal); F201
  ≤warning at 番茄坐果率, row (a quality rate under 时效指标).
* fa10: Y101 ≤error, book level, alt Y102 (title 2025年度, plan dates 2024-01-01…2024-12-31);
  D102 ≤error at 熊蜂蜂箱投放数量, row, alt D103/D101/D104 (the first row's indicator without
  授粉, ≥1000箱 against ≥1200箱).
* fa12: W103 ≤error at the 产出指标 points cell (50 declared, 45 under it); W103 ≤error at the
  效益指标 points cell (30 declared, 35 under it); T108 ≤warning at 熊蜂蜂群死亡率 ≥8%, row;
  F201 ≤warning at 种植户满意度 under 社会效益指标, row.
* fa14: B101 ≤error at 资金总额, row (基本支出 300 + 项目支出 200 = 500 ≠ 520); B102 ≤error at
  金额合计 (tasks 120 + 50 + 40 = 210 ≠ 200).
* fa16: D202 ≤warning at the annual 新增良种梅花鹿 and at the annual 鹿茸产量 (copied from
  中期 in a two-year project); D104 ≤warning at the annual 鹿舍建设数量, row (年度目标 12栋,
  indicator ≥10栋).
* fa18: F201 ≤warning at 鹿只疫病检测数量, row (a count under 质量指标); B107 ≤warning at the
  烘干设备购置单价 value, row (18万元 × 5台 = 90万元 > 80万元).

23 required marks; 19 of them found only by comparing parts of the return (all but fa06's
T105, fa12's T108 and, arguably, fa12's two W103).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets
(fa01 600群 = 400 + 200, fa09 1000栋 = 600 + 400, fa15 100头 with 种公鹿20头); 100 both ways
with tier points and indicator points (fa01); rates raised in 百分点 (fa01, fa11, fa17); 下降率
with ≥ (fa01, fa09, fa07, fa13); an incident count ≤0起 (fa05); 逃逸率 小于等于 5 % (fa11); a
later year the work prepares for, 2028 after a 2025–2027 period (fa03); the period's counts
beside smaller year's counts and equal rates and unit costs in both columns (fa03, fa15); the
same indicator names with different values in two stacked projects (fa07); unit cost × count
within the money (fa01 72 ≤ 90, fa03 90 ≤ 150 and 30 ≤ 60, fa07 48 ≤ 60 and 35 ≤ 40, fa09
50 ≤ 60, fa11 32 ≤ 40, fa13 48 ≤ 95 and 7.2 ≤ 35, fa15 180 ≤ 240 and 60 ≤ 80, fa17 80 ≤ 100);
a footnote explaining a total with 上年结转 (fa17: 100 = 70 + 15 + 15); a note that 金额合计 is
the project spending only (fa09); fill and signature dates in the year before the budget year
(fa01, fa05, fa09, fa17); =100% on a 合格率 (fa15, fa17).

Judgements where a reviewer could hesitate: fa10's plan dates against the title are marked on
the whole return (the finding may land at the title or the dates); fa08's 2024 is a warning
(a leftover, not an impossibility); fa02's next-year deadline is an error because the project
lasts one year; fa06's B107 compares with the stated 85万元 and also exceeds the parts (80);
fa16's 鹿茸产量 is treated as cumulative over the period; fa12's tier totals still add to 100,
so no W101 is asked for; fa15's 中期 deadline 每年6月30日前 is a recurring date, not a year
conflict; fa13's codes and goals in the first columns are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout615 import antler, bumblebees, hives
from tests.variants.holdout615.registry import HOLDOUT615
from tests.variants.kit import Variant

MODULES = (hives, bumblebees, antler)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT615, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 615th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
