"""The 621st held-out set: 18 invented returns of 鸡枞 (termite mushroom) and 竹荪 (bamboo
fungus) gathering cooperatives in 椒岭县 蕨溪乡, with the mountain road maintenance team that keeps
the gathering roads open, for measuring ``goalbook check`` out of sample. Budget year 2026;
money in 万元 (often only in the number format). Everything is invented.

Modules: ``jizong`` (fg01–fg06, 鸡枞 cooperatives), ``zhusun`` (fg07–fg12, 竹荪 cooperatives),
``roads`` (fg13–fg18, the road maintenance team); ``common`` holds the shared helpers.

Layouts: project heads (one-year, two-year fg08, three-year fg03) and department heads (fg05,
fg13, fg14, fg17); OLD-NAT and NAT-2021 tiers merged down; numbered labels (fg06), abbreviated
labels and ★ core indicators (fg13); operator column (fg01) and operators in words (fg18); unit
columns (fg01, fg10, fg18); 中期 and 年度 columns (fg03, fg08); two and three stacked projects
(fg04, fg15); flat lists with weights (fg05) and with 实施周期 and 年度 columns (fg17); headers
指标内容 / 绩效标准 (fg07) and 预期目标 (fg16); a 填表说明 row inside the table, 注 rows,
signature and stamp lines (fg07); a budget-system export with sheets 05-1 / 05-2, codes in the
first columns and the header on the third row (fg11); the table on a second sheet (fg12); tier
and indicator points both given (fg09).

Planted mistakes (return: code, highest accepted severity, place):

* fg02: D104 warning, row of 新建鸡枞保育区面积 (goal 800亩, indicator ≥600亩; alt T110);
  Y102 error at the 标识牌安装完成时间 value ``2025年10月31日前`` (alt Y103, Y101).
* fg04: B101 error, row of the second project's 年度资金总额 (40 + 6 ≠ 48);
  D103 warning, row of 鸡枞鲜品分级包装量, a near-duplicate of 鸡枞分级包装量 (alt D101, D102).
* fg06: F201 warning, row of 每户采收补贴标准 (a cost under 数量指标); F201 warning, row of
  鸡枞分级合格率 (a quality rate under 时效指标); T108 warning, row of 鸡枞菌塘破坏率 ≥2%.
* fg08: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the 年度 cell
  of 新建标准化竹荪大棚 (60 > 50); D202 warning at the 年度 cell of 带动种植采集户 (400 copied).
* fg10: D104 warning, row of 竹荪干品产量 (goal 6吨, indicator ≥5吨); T106 error at the
  干品分级合格率 cell (105% typed); B107 warning, row of 烘干机购置补助标准 (2.5 × 12 = 30 > 25).
* fg12: Y101 error, book level (indicator sheet titled 2025年度 under a 2026 head; alt Y103);
  Y102 error, row of 菌棚搭建完成时间 (date cell 2025-11-30; alt Y103, Y101); D103 warning,
  row of 采收技术培训人次 under 质量指标, the same as 竹荪采收技术培训人次 under 数量指标
  (alt D101, D102, F201).
* fg14: B101 error, row of 资金总额 (130 + 150 ≠ 300); B102 error, row of 金额合计
  (70 + 45 + 40 ≠ 150); D104 warning, row of 乡村公路养护里程 (goal 186公里, indicator ≥168公里).
* fg16: X101 error, row of the template's example row ``≥XX公里``; F110 error at the empty name
  cell of a row valued ≥95%; F109 warning, row of the 生态效益指标 left without indicators.
* fg18: T108 warning, row of 路面病害发生率 大于等于 3 % (alt D104, the goal says 3%以内);
  X104 warning at the text ``46356`` (2026-11-30); B107 warning, row of 日常养护单价
  (1.2 × 150 = 180 > 150).

Legitimate look-alikes in the correct returns: percent cells with a % unit column (fg01, fg05,
fg17) and ``pct(0.92)`` among text values (fg09, fg15); a goal count with its part in brackets
(fg01: 120户（其中雾坪村40户）); 下降率 with ≥ (fg01, fg09); ``≤0起`` on an incident count
(fg05); ``提高≥5百分点`` (fg09); tier points and indicator points both adding to 100 with a
合计 row (fg09); 中期 counts three or two times the 年度 ones with equal rates and unit costs
(fg03, fg17); a later year the work prepares for (fg11: 为2027年推广…) in a one-year project;
fill and signature dates in December of the year before (fg01, fg05, fg07, fg15); the same
indicator names with different values in stacked projects (fg15, and fg04's 采收户满意度);
a footnote explaining that 金额合计 is the 项目支出 (fg13); unit costs × counts within their
money (fg01 400 × 120 = 4.8万 ≤ 30; fg03 600 × 900 = 54万 ≤ 90 and 600 × 300 = 18万 ≤ 30;
fg07, fg13 0.35 × 320 = 112 ≤ 120, fg15, fg16, fg08 0.8 × 60 = 48 ≤ 50).

Judgements: the fg02 deadline before the project starts is an impossibility (error), not a mere
stray year; fg12's title year is marked on the whole book because the finding may land at either
title; fg12's duplicate may be reported as a misplaced count (F201) as well; fg18's 大于等于 on a
rate the goal caps at 3% may be reported as a conflict with the goal (D104); fg08's cold-store
deadline reads ``主体2026年12月31日前`` in the 年度 column, a milestone, not a copy; the 合计 rows
(fg09, fg17) and the 填表说明 row (fg07) are not indicators; 野生菌中毒事件 ≤0起 (fg05) is a
zero-incident target, not a rounded zero.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout621 import jizong, roads, zhusun
from tests.variants.holdout621.registry import HOLDOUT621
from tests.variants.kit import Variant

MODULES = (jizong, zhusun, roads)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT621, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 621st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
