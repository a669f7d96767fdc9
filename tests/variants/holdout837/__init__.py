"""The 837th held-out set: 18 invented returns on rural drinking water safety (small water
plants, pipe network extension, water quality testing), 9 correct and 9 with 25 required marks,
most of them found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year, 中期/年度 money blocks), department heads with
budget and key tasks, numbered / marked / abbreviated tier labels, an operator column in words,
unit columns, a two-row header, two projects stacked in one sheet, flat lists, tier-1 and
indicator score columns, a table on a second sheet under 预期实现值, budget-system exports
(sheets 05-1 / 05-2, header on row 3, codes in the first columns), notes, a header repeated after
a page break, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfo02-plant-goal-mismatch: D104 warning, row of 一体化净水消毒设备购置数量 (goal 12套, indicator
  10套); Y102 error (alt Y101), row of 设备安装完成时间 (2027-03-31 in a 2026 one-year project);
  B107 warning, row of the unit price (26万元 × 10 or 12套 > 240万元).
* kfo04-plants-stacked-defects: D102 error (alt D103, D104), row of 水厂运维人员技能培训人次 (the
  same training as the row above, 30 against 20人次; the first row tolerated); B101 error at the
  second project's 年度资金总额 (60 ≠ 45 + 10); F201 warning, row of 出厂水浊度合格率 under 时效.
* kfo06-plant-multi-year-defects: Y103 warning (alt Y101, D104) at the 年度目标 (2024年度
  left over); D202 warning, row of 规范化改造覆盖行政村 (24 copied to 年度); D201 error, row
  of 配套视频监控点 (年度 15 > 中期 12).
* kfo08-pipe-department-wrong: B102 error at 金额合计 (380 + 120 + 60 = 560 ≠ 550); D104 warning,
  row of 新增入户供水户数 (goal and task 3200户, indicator 2300户).
* kfo10-pipe-flat-defects: D101 warning (alt D103), row of the second 管网延伸长度; X101 error, row
  of the template's example row (≥XX; its empty weight tolerated); W101 error, book level (110).
* kfo12-pipe-dates: Y102 error (alt Y101, Y103), row of 管网通水时间 (2025年10月31日前); B107
  warning, row of 管网综合造价 (35 × 18 = 630 > 520); D104 warning, row of 新增受益人口
  (goal 1.2万人).
* kfo14-testing-rates: D104 warning, row of 抽检覆盖村级水站 (goal 86, indicator 68); D103 warning
  (alt D101), row of 水样检测样本数量; T105 error, row of 水样检测合格率 (1200份).
* kfo16-testing-export-defects (sheet 05-1 / 05-2): Y103 warning (alt Y101) at the 05-1 goal
  (2025年度); F201 warning, row of 水质检测报告出具及时率 under 数量指标; B107 warning, row of
  水样检测单价 (300元 × 6000份 = 180万元 > 150万元).
* kfo18-testing-two-year: D204 warning at the 年度目标 (copied from 中期目标); D201 error, row of
  建成在线监测点 (年度 40 > 中期 32).

Legitimate look-alikes in the correct returns: goal counts with parts in brackets that match
the indicator total (kfo01 3座, kfo07 42公里, kfo11 16公里, kfo13 2400份); a later year the work
prepares for (kfo03, kfo15: 为2027年…); period counts above the year's (kfo05); rates equal in
中期 and 年度 (kfo05); the same indicator with different values in two stacked projects (kfo03);
水质投诉下降率 / 供水服务投诉下降率 / 水质超标率下降率 with ≥ (kfo01, kfo09, kfo17); 0起 on incident
counts (kfo01, kfo03, kfo11); 反向 rates and counts with ≤ (制水漏耗率, 管网漏损率, 管网爆管次数,
水质投诉率); 提高≥2 / ≥3 百分点 (kfo07, kfo11); 100 both ways with tier and indicator points
(kfo11); unit costs × counts within the money (kfo01 192 ≤ 200, kfo03 80 ≤ 85 and 32.4 ≤ 36,
kfo05 810 ≤ 900, kfo07 588 ≤ 600, kfo13 144 ≤ 150, kfo15 75 ≤ 96); fill dates in 2025; a 合计
row and a 注 in a flat list (kfo09); a header repeated after a page break and a 填表说明 row
(kfo17); typed percent cells (kfo01, kfo05, kfo07, kfo09, kfo13, kfo18).

Judgements: a near-duplicate with a different value (kfo04) is marked D102 at error, since one
indicator cannot have two targets; with the same value (kfo14) D103 at warning. Consequences of
a planted mistake are avoided rather than tolerated (unit costs chosen so that a copied or
inflated annual count stays within the money). `=100` on 设备验收合格率 in the export (kfo15) is
the ceiling, not an equals-on-rate defect. 0起 on 因缺水引发的信访事件 (kfo11) is a zero-incident
target, not a rounded zero.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout837 import pipes, plants, testing
from tests.variants.holdout837.registry import HOLDOUT837
from tests.variants.kit import Variant

MODULES = (plants, pipes, testing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT837, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 837th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
