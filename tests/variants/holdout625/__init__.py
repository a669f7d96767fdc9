"""The 625th held-out set: 18 invented returns of the invented 松岙县 for 2026, on pine-nut
(松子) collection in its state forests (岑峰 and 黛岭 国有林场), a persimmon (柿子) drying
village (柿湾村, 霜溪镇) and the rural logistics station of 枫垭乡 that carries both out.
Nine returns are correct, nine carry 2–3 planted mistakes (24 required marks, 22 of them found
only by comparing one part of the return with another: all but F110 in fk12 and T108 in fk14).

Layouts: project heads with one-year and multi-year money blocks (fk01, fk03, fk04, fk07–fk09,
fk12–fk15, fk17); department heads with budget rows and key tasks (fk02, fk05, fk10, fk11,
fk16); two projects stacked in one sheet (fk03, fk15); flat lists (fk05 with 指标性质 as
operator, fk16 with 实施周期 and 年度 columns and the weight total in the header); 中期 and 年度
columns (fk04, fk09, fk17); operator columns with symbols (fk01, fk05) or words (fk13);
numbered tier labels with points and an indicator points column (fk07), a tier-1 score column
(fk08), abbreviated tiers on a second sheet under 绩效目标值 (fk12); subtotal rows and a header
repeated after a page break (fk11); budget-system exports with codes and the header on the
third row (fk06, fk18); 注 / 说明 / 填表说明 and signature lines (fk01, fk05, fk07, fk09–fk11,
fk13, fk16).

Planted mistakes (return: code, highest accepted severity, place):

* fk02: B101 error at the 资金总额 cell (基本 310 + 项目 240 = 550 ≠ 560); D104 warning, row of
  登记收购松塔数量 (≥1500吨, the goal says 1200吨); F201 warning, row of 采集户对林区管理服务
  满意度 filed under 社会效益指标.
* fk04: D104 warning, row of 培育采种母树林面积 (中期 ≥1200亩, 中期目标 1500亩); D201 error at
  the 年度 cell of 选育红松优树数量 (≥80株 against ≥60株 for the period; D104 accepted, the
  年度目标 says 20株); Y102 error at the 年度 deadline 2025年11月30日前 (last season's,
  before the project starts; Y103, Y101 accepted).
* fk06: Y103 warning at the 年度绩效目标 cell of sheet 05-2 (a goal of 2025 in a 2026 table;
  Y101 accepted); D103 warning, row of 采集许可证现场核验合格率 (the row above without 现场;
  D101 accepted); B107 warning, row of 护林巡查员劳务补助标准 (30人 × 2.5万元 = 75万元 > 64万元).
* fk08: W103 error at the 效益指标 score cell (40 declared, 15+10+10 = 35; W101 accepted, and a
  file-level W101 is tolerated); D104 warning, row of 举办柿饼加工技能培训班 (≥8期, goal 6期);
  F201 warning, row of 培训课程内容达标率 under 时效指标.
* fk10: B102 error at the 金额合计 cell of the tasks (60+45+55 = 160 ≠ 170); D104 warning, row
  of 标准化晾晒技术覆盖柿农户数 (≥150户, goal 180户); D101 warning, row of the second
  补贴柿饼寄递件数, under 经济效益指标 (D103 accepted).
* fk12: D104 warning, row of 首批上市柿饼抽检完成时间 (12月20日前, goal 11月20日前); F110 error
  at the empty name cell of the ≤0.5元/枚 row (sheet 绩效指标).
* fk14: D104 warning, row of 提升改造村级寄递点 (≥32个, goal 36个); B107 warning, row of
  智能快递柜单组采购价 (36组 × 2.8万元 = 100.8万元 > 80万元); T108 warning, row of 快件丢失率
  ≥0.1%.
* fk15: B101 error at the second project's 年度资金总额 (45 + 8 = 53 ≠ 55); D102 error, row of
  the second 冷链寄递温控达标率 (≥90% against ≥95%; D101, D103 accepted).
* fk17: D204 warning at the 年度目标 cell (copied from the 中期目标); D202 warning at the 年度
  cell of 培训村级寄递员 (≥90人 copied from the period).

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets
(fk01 420张 = 260 + 160, fk18 900吨 = 350 + 550, with a part also given as an indicator);
≤0起 on incident counts (fk01, fk03); 下降率 with ≥ or 大于等于 (fk01, fk13, fk18); typed percent
cells (fk01, fk05, fk07, fk09, fk11, fk13, fk16, fk18), `0.5%` as 0.005 with format `0.0%`
(fk13); `‰` on a 森林火灾受害率 (fk05); `≥5百分点` on a rise of a rate (fk07); tier points and
indicator points both adding to 100 with a 合计 row (fk07); a later year prepared for
(为2027年申报… in a one-year 2026 project, fk07); period counts above the year's and rates,
unit costs and deadlines legitimately equal or within the period (fk09, fk16); the same
indicator name with different values in two stacked projects (fk03); subtotal, 合计 and
repeated header rows (fk11); fill and signature dates in 2025 (fk01, fk07, fk11, fk13); every
unit cost × count within its money (fk01 40人×1500元×12 = 72万 ≤ 86万; fk03 39.6 ≤ 45 and 36 ≤
38; fk05 216 ≤ 520; fk07 30 + 36 = 66 ≤ 72; fk09 176 ≤ 180 and 88 ≤ 95; fk11 48 ≤ 88; fk13 35
≤ 58; fk16 40 ≤ 120; fk18 18 ≤ 48).

Judgements where a reviewer could hesitate:

* D104 (goal text against an indicator) is a warning, marked on the indicator's row: the text
  or the indicator may be the one to fix.
* fk04's annual deadline in 2025 is an error (Y102): a date before the project starts cannot be
  the year's target. fk06's 2025 in the goal text is only a warning (Y103), a leftover word.
* fk08: the 效益 tier declares 40 and its indicators give 35; the total of indicator points is
  then 95, so W101 may fire too and is tolerated at file level.
* fk10: the 金额合计 170 equals 项目支出, so the task lines are what is wrong; the mark stays on
  the 金额合计 cell, where the sum is checked.
* fk06: B107 is a warning: 2.5万元/人 is a cap, and the reviewer asks rather than rejects.
* fk05's `‰` on a fire damage rate is a rate unit, not a count (no T105).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout625 import logistics, persimmon, pinenut
from tests.variants.holdout625.registry import HOLDOUT625
from tests.variants.kit import Variant

MODULES = (pinenut, persimmon, logistics)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT625, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 625th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
