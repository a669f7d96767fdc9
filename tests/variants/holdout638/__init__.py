"""The 638th held-out set: 18 invented returns, theme 泥鳅与黄鳝稻田养殖、石蛙保种 (鹭湾县:
芦汀镇, 石涧乡, 禾埠镇, 翠屏乡, 云岫山石蛙保种场), with a careful reviewer's marks. Aim: checks
across the table (goal text against indicators, years and dates, 中期 against 年度, duplicates,
wrong tier-2, unit cost × count against money, parts against totals, leftovers).

Layouts: project heads (one value column; operator and unit columns; 中期/年度 columns; tier
labels numbered or with points; headers 指标内容 / 绩效标准 / 预期实现值 / 指标方向 + 指标性质 in
words), department heads with tasks, flat department lists, two stacked projects, a
budget-system export (budget sheet + indicator sheet, codes in the first column, header on the
third row), a table on a second sheet, 续表 note with the header repeated, footnotes, 填表说明
and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* fx02-eel-cage-period: Y103 ≤warning at the 年度目标 cell (alt Y101; 2024 before a 2025–2027
  project); D104 ≤warning row of 黄鳝养殖网箱 (中期 ≥2400口, 中期目标 says 3000口); D201 ≤error at
  the annual 培育养殖大户 ≥45户 (period ≥40户).
* fx03-loach-eel-stacked: B101 ≤error at the second project's 年度资金总额 85 (70 + 10); D104
  ≤warning row of 举办技术培训班 ≥4期 (goal: 6期).
* fx05-loach-numbered-dup: F201 ≤warning row of 商品泥鳅抽检合格率 under 时效指标; Y102 ≤error
  row of 项目验收完成时间 2026-03-31 in a one-year 2025 project (alt D104: goal says 2025年底前);
  D101 ≤warning row of 建成稻鳅共作面积 under 可持续影响 (alt D103, D102).
* fx08-frog-copied-columns: D204 ≤warning at the 年度目标 cell (copy of 中期目标); D202 ≤warning
  at the annual 收集野生种源 and 建设保种池 cells (cumulative counts copied).
* fx09-frog-cost-over: T105 ≤error at 种蛙越冬成活率 ≥1800只; B107 ≤warning row of 种蛙饲养补助标准
  (300元 × 2000只 = 60万元 > 45万元).
* fx11-frog-last-year: Y101 ≤error row of the plan dates (2024 under a 2025 title; alt Y102);
  D104 ≤warning row of 向合作社供应种蛙 ≥1200只 (goal: 1500只); F201 ≤warning row of 合作社满意度
  under 社会效益指标.
* fx14-flat-station-defects: D104 ≤warning row of 培训养殖户 300 (goal: 400人次); D102 ≤error row
  of the second 稻田养鳅示范面积 500 (alt D101, D103); W101 ≤error book level (weights 95).
* fx16-station-money: B101 ≤error at 资金总额 300 (200 + 90); B102 ≤error at 金额合计 90 (50 +
  30); D104 ≤warning row of 繁育黄鳝苗种 ≥500万尾 (task and goal: 600万尾).
* fx18-loach-direction: B103 ≤error at 年度资金总额 120 (中期 100; a finding at the annual
  财政拨款 cell tolerated up to error); T108 ≤warning row of 泥鳅苗种死亡率 (反向, 大于等于); T106
  ≤error at 商品泥鳅药残抽检合格率 105 (unit column %).

25 required marks, 21 of them found only across the table.

Legitimate look-alikes in the correct returns: fx01 a 下降率 with ≥, 重大鱼病死亡事故 = 0 起,
a goal count 800亩 with its part 300亩 as a second indicator, 为2026年推广 in a 2025 project,
typed percents; fx04 typed percents and date cells in an export; fx06 tier points in the labels
and indicator points both adding to 100, ≥5百分点, 2000元/亩 × 320亩 = 64万元 exactly the money;
fx07 period counts above the year's, equal rates in both columns, 为2028年 in a 2025–2027 goal;
fx10 a goal count with its parts in brackets, a 发生率 with ≤, tasks adding to 项目支出; fx12
weights adding to 100 on a second sheet; fx13 0起 on an incident count, a 合计 row of weights;
fx15 the same 养殖户满意度 with other values in two stacked projects, 20元 × 20000米 = 40万元
exactly the money; fx17 上年结转 explained by a footnote, a fill date in 2024.

Judgements: the number of populations kept (fx07 保存棘胸蛙地方种群 ≥3个 in both columns) is a
state, not a cumulative count (tolerated up to a warning, not asked for); fx09's B107 is a
warning because ≤300元/只 is a cap, though the goal states the 300元 standard; fx05's late
deadline is Y102 (a date outside a one-year project's year), with D104 accepted for the goal's
2025年底前; fx02's 2024 is a year left over, a warning, not an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout638 import frog, office, ricefield
from tests.variants.holdout638.registry import HOLDOUT638
from tests.variants.kit import Variant

MODULES = (ricefield, frog, office)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT638, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 638th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
