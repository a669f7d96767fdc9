"""The 570th held-out set: 18 invented returns on smallholder fruit in the south, dragon fruit
(火龙果, dh01-dh06) and pineapples (菠萝, dh07-dh12), with department forms, a budget-system
export and returns on both fruits (dh13-dh18). Places (澄沙县, 岭汀区, 蕉湾市, 红坭镇, 棠浦镇),
units, people, phone numbers and figures are invented. Budget year 2025; money in 万元.

Layouts: project heads with 中期/年度 money blocks (dh01-dh03, dh05-dh12, dh16, dh18);
department heads with budget, typed shares and key tasks (dh04, dh13, dh14, dh17); an operator
column and a unit column (dh01); direction and word operators in their own columns (dh02);
two projects stacked in one sheet (dh03); flat lists (dh04, dh17); tier-1 and indicator point
columns (dh05, dh18); a table on a second sheet under 考核指标 / 预期实现值 (dh06); 中期 and 年度
value columns (dh07, dh08); instruction, 注 and 填表说明 rows, signature and stamp lines (dh10);
numbered tier labels with points, abbreviations and ★ (dh11); subtotal rows and a header
repeated after a page break (dh14); a budget-system export with codes in the first columns and
the header on the third row (dh15); header 预期目标 (dh16); header 指标值（年度） (dh11).

Planted mistakes (return: code, highest accepted severity, place):

* dh02: T108 warning at the 指标方向 cell (row) of 发放生物防治药剂 (正向 count, 小于等于);
  T108 warning at the 指标方向 cell (row) of 溃疡病病果损失率 (反向 rate, 大于等于).
* dh05: W103 error at the 产出指标 score cell (50 declared, 55 under it), W101 accepted;
  T105 error at 火龙果优质果率 ``≥800吨``; W101 error on the file tolerated, not required.
* dh07: D204 warning at the 年度目标 cell (copied 中期目标 of a three-year project); D201 error
  at the annual 种苗繁育数量 (500万株 over 450万株); D202 warning at the annual 培训人次.
* dh09: B101 error at 年度资金总额 (130 ≠ 100 + 20); B107 warning (row) at 滴灌设施补助标准
  (1500亩 × 900元 = 135万元 over the money).
* dh12: T106 error at 改植种苗成活率 ``≥102%``; F105 error at the tier-2 社会效益指标 under
  产出指标.
* dh14: B111 error at the 基本支出 share (60% typed, 495 ÷ 900 = 55%); T107 warning at
  果农满意度 ``=95%``.
* dh15: X106 error (B108 accepted) at the 委托业务费 amount ``36万36万`` on sheet 05-1; X104
  warning at 示范园建成时间 ``45900`` typed as text on sheet 05-2.
* dh16: T113 warning at 套种完成时间 ``100%``; F109 warning (row) at the empty tier-2
  生态效益指标; F110 error at the empty name cell of the ``≥120户`` row.
* dh17: T106 error at the typed 105% of 菠萝鲜果抽检合格率; T112 error at ``12万元`` with unit
  column 户; W101 error on the file (weights add to 95).

21 required marks on 9 returns; dh01, dh03, dh04, dh06, dh08, dh10, dh11, dh13, dh18 are
correct.

Legitimate look-alikes in the correct returns: typed percents (dh01 ``98%``/``90%`` with a
``%`` unit column, dh04, dh06, dh13 shares); ``=100%`` on acceptance rates (dh03, dh08); the
same 合作社满意度 with ≥90% and ≥92% in two stacked projects (dh03); 化肥使用量下降率 /
化学农药使用量下降率 with ≥ (dh04, dh11; also in the wrong dh02 and dh14); 质量安全事故
``=0起`` / ``0起`` (dh04, dh13, dh18); 100 at both the tier and the indicator level (dh18) and
a 合计 row of weights (dh04); ``≥5百分点`` (dh18); a footnote explaining why 12 × 3.5万 = 42万
is below the 48万 (dh10); fill and signature dates in 2024 (dh04, dh10); identical 中期 and
年度 columns and goals in a one-year project (dh08); unit cost × count equal to or below the
money everywhere (dh01 57.6 of 80, dh03 120 of 150 and 30 of 40, dh06 54 of 60, dh13 120 of
the 150 资源圃 task); 中期 2027 and 年度 2025 deadlines in the three-year dh07.

Judgements where a reviewer could hesitate:

* dh05: the 产出 score is marked (W103) rather than a total; the indicator total of 105 is
  the same excess, so W101 is accepted there and tolerated on the file.
* dh09: with 130 typed against 120 of parts, the cost 135万 exceeds either, so B107 is
  required (as a warning), B101 sits at the total cell.
* dh13 and dh18: ``0起`` with no operator on an incident count is a complete target (nothing
  else than zero is meant); a finding there would be a false one.
* dh15: read as 36, the 05-1 lines add to 100, so no B102; the serial 45900 is 2025-08-31,
  within the year, so only X104.
* dh16: 套种完成时间 ``100%`` is a warning (T113), not an error: a reviewer asks for a date.
* dh10: the instruction row and the 注 row inside the table are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout570 import dragonfruit, offices, pineapple
from tests.variants.holdout570.registry import HOLDOUT570
from tests.variants.kit import Variant

MODULES = (dragonfruit, pineapple, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT570, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 570th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
