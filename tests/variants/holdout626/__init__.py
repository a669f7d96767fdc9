"""The 626th held-out set: 18 invented returns on 艾草 (mugwort) growing and a moxa-stick (艾条)
workshop, with a 紫苏/薄荷 herb-oil distillery, all in the invented 蒿岭县 (budget year 2026),
with a careful reviewer's marks. Its aim is checks across the table: of the 24 required marks,
23 need one part of the return compared with another.

Layouts: project heads (``heads.project_head``) with 中期/年度 money blocks; department heads
with shares and tasks; tier labels numbered with points (fl01), abbreviated (fl02) or with points
(fl13); stacked projects (fl05, fl06); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值
(fl09, fl10); three- and two-year projects with 中期 and 年度 columns (fl03, fl04, fl17, fl18);
a table on a second sheet under 预期实现值 with operators in words and a unit column (fl11);
tier-1 and indicator score columns (fl12); a two-row header with operator, number and unit
columns (fl13); budget-system exports with codes in the first columns, the money on
「部门项目支出预算05-1」 and a header repeated after a page break (fl15, fl16); 注/说明/填表说明
rows inside and under tables and signature lines with fill dates in 2025.

Planted mistakes (return: code, highest accepted severity, place):

* fl02-seedling-leftover: D104 warning, row of 艾草移栽面积 (≥600亩 against the goal's 800亩);
  Y102 error alt Y101, the deadline cell 2025年4月30日前 (last season's date); F201 warning,
  row of 种苗合格率 under 时效.
* fl04-understory-wrong: D104 warning, row of 示范基地数量 (中期 ≥2个 against the goal's 3个);
  D201 error alt D104, the 年度 cell ≥1000亩 above the period's 900亩; D202 warning alt D104,
  the 年度 cell ≥600人次 copied from 中期 (the 年度目标 says 200人次).
* fl06-stacked-wrong: B101 error, the second project's 年度资金总额 66 ≠ 48 + 12; D103 warning
  alt D101/F201, row of 年加工艾绒数量 (the same indicator again, under 经济效益).
* fl08-workshop-wrong: B102 error, the 金额合计 130 ≠ 64 + 40 + 18; D104 warning, row of 艾条年产量
  (≥25万支 against the goal's 30万支); B107 warning, row of 艾条加工补助标准 (6元 × 25万支 =
  150万元 above the 项目支出 130 and the 资金总额 140).
* fl10-flat-duplicate: D103 warning alt D101, row of 艾条年销售量 (= 艾条销售量); W101 error on
  the book (weights add to 110: the duplicate's 10 counted twice).
* fl12-points-wrong: W103 error alt W101, the 产出 tier score 50 (its indicators add to 45);
  D104 warning, row of 培训艾灸理疗师人数 (≥30人 against the goal's 40人).
* fl14-oil-last-season: Y103 warning alt Y101, the 年度绩效目标 cell naming 2025; Y102 error, the
  deadline 2027年3月31日前 in a project planned to end 2026-12-31; B107 warning, row of 冷凝器单价
  (8万元 × 4套 = 32 above the 28万元).
* fl16-oil-export-wrong: B101 error, the export's 资金总额 95 ≠ 72 + 18; F201 warning, row of
  紫苏精油检测合格率 under 数量; D103 warning alt D101/F201, row of 薄荷脑结晶年产量 under 经济效益.
* fl18-mint-two-year-wrong: B103 error, 年度资金总额 180 above the 中期 160; D204 warning, the
  年度目标 cell (a copy of the 中期目标); D104 warning, row of 车间改造面积 (中期 ≥1000平方米
  against the goal's 1200).

Tolerated (``ok``, up to a warning): the goal cells of fl02, fl04, fl08, fl12 and fl18, where a
D104 may land instead of at the indicator; fl18's 年度 area ≥600平方米, which the copied 年度目标
(1200) also contradicts.

Legitimate look-alikes in the correct returns: a goal area with its parts in brackets
(fl01 500 = 200 + 300, fl17 1200 = 600 + 600, fl07 20万支 = 12 + 8); tier points adding to 90
with a 注 that 预算执行率 is scored apart (fl01), and to 100 (fl13); typed percents (fl01, fl05,
fl09 with % also in the unit column, fl11, fl15); `=100%` on acceptance rates; a 下降率 with ≥
and 0起 on accidents (fl07, fl15); 百分点 on a share and an oil yield (fl11, fl13); a later
year the work prepares for (fl13: 为2027年…); period counts beside smaller annual ones, equal
rates and equal non-cumulative terms (管护年限, 协议期限) in multi-year projects (fl03, fl17);
the same indicator name with different values in two stacked projects (fl05); unit cost ×
count within the money everywhere (fl12 9000元 × 40人 = 36万元 equals its money); fill and
signature dates in 2025; a header repeated after a page break and a 合计 row (fl15).

Judgements: a deadline in the year after a one-year project (fl14) and one in the year before
(fl02) are errors, the project cannot meet them; D104 is a warning (a goal may count
differently); the copied 年度 count in fl04 is marked D202 though it also contradicts the
年度目标; the duplicate in fl06/fl16 carries the same value, so D103 (not the error D102); in
fl08 the subsidy standard is compared with the 项目支出 and the 资金总额, which it exceeds
both; fl12's indicator total 85 against 90 is the same fault as W103, so W101 is accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout626 import distillery, moxa, mugwort
from tests.variants.holdout626.registry import HOLDOUT626
from tests.variants.kit import Variant

MODULES = (mugwort, moxa, distillery)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT626, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 626th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
