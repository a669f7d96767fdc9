"""The 564th held-out set: rice-crayfish and rice-fish co-culture (稻虾、稻鱼共作) paddies.

18 invented returns of a county agriculture bureau's units (芷汀县, 沅湄县, villages 菰塘镇,
蒲湾镇, 芦汀村, 荻港村, 澄泥村, 沙汀村), 9 correct and 9 with planted mistakes (24 required marks).
Module ``projects`` holds single projects (db01–db06), ``departments`` department returns and flat
lists (db07–db12), ``layouts`` stacked and multi-year projects and budget-system exports
(db13–db18).

Layouts: project heads with 万元 in the number format (db01, db02, db04, db06, db11) or plain
(db03, db05); operator and unit columns (db01, db02); points in the tier-1 labels (db03) or in a
tier score column (db04); numbered / abbreviated labels and ★ (db04, db05, db06); headers
指标内容 · 绩效标准 (db05) and 预期目标 (db11); department heads with key tasks (db07, db08);
flat lists with 指标性质 as operator (db09) or as direction (db10); a unit and weight table with
subtotals and the header repeated after a page break (db12); two projects stacked (db13, db14);
three- and two-year projects with 中期 and 年度 columns (db15, db16); a budget-system export with
codes in the first columns and the table on a second sheet (db17); detail lines (db18).

Planted mistakes (return: code, highest accepted severity, place):

* db02: T106 ≤error at the 验收合格率 value ``105%`` (row); T108 ≤warning at the ≥ of
  稻田鱼病发生率 (row); T107 ≤warning at the = of 满意度 95 (row).
* db04: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30
  (indicators 35); the totals are both 100, so no W101.
* db06: T105 ≤error at ``800万尾`` for 虾苗投放计划完成率; F105 ≤error (alt F104) at
  ``2.时效指标`` under 效益指标; X104 ≤warning at the text ``45838`` (2025-06-30).
* db08: B101 ≤error at 资金总额 600 (row; 210 + 380 = 590); B102 ≤error at 金额合计 380
  (150 + 120 + 100 = 370); T107 ≤warning at 满意度 ``=95%``.
* db10: T112 ≤error (alt T119) at ``≥60万元`` with unit column 万尾; T108 ≤warning at
  鱼病发生率 ``≥3%`` marked 反向 (row); W101 ≤error on the book (weights add to 95).
* db11: F109 ≤warning at the empty 时效指标 (row); F110 ≤error at a name cell holding a
  full-width space with value ≥2500元.
* db14: B101 ≤error at the second project's 年度资金总额 200 (row; 150 + 40 = 190); T105
  ≤error at 虾稻订单收购比例 ``1200吨``.
* db16: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  ``≥4000亩``; D201 ≤error at the annual ``≥800人次`` (period ≥500人次).
* db18: X105 ≤warning (alt X103) at 财政拨款 ``85.237 5``; X106 ≤error (alt B108) at the detail
  line ``40万40万（含运输）``; T106 ≤error (alt X103) at 鱼苗投放成活率 shown ``8500%``.

Legitimate look-alikes in the correct returns: 小龙虾病害发生率 ≤5% and 下降率 with ≥ (db01,
db09, db12 and others); ``=0起`` / ``0次`` on incident counts (db01, db07, db09); ``100%`` on a
检疫合格率 (db05, db15); points given at both levels, each adding to 100, and a 合计 row (db03);
``提高≥3百分点`` on a 比例 (db03); unit cost × count equal to its task money (db07: 2000亩 ×
1000元 = 200万元); subtotal rows and a repeated header (db12); fill dates in 2024 for 2025
budgets; the same indicator name with different values in two stacked projects (db13);
equal rates, cost caps and grades in 中期 and 年度 columns, a 2027 deadline in a 2025–2027
project (db15); percents typed in Excel (db01, db09, db17).

Judgements: ``=`` on a 0 incident count is correct, not an equals-on-rate; the db02 鱼苗 date is
a date cell in the year; db18's 8500% is marked as T106 (a rate over 100) with X103 accepted as
the conversion artefact; in db10 the weight total 95 is not the 90 of a separately scored
预算执行率, so W101 is an error; db16's area copy is a warning only (the whole area could be
built in year one), the training count above its period is an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout564 import departments, layouts, projects
from tests.variants.holdout564.registry import HOLDOUT564
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT564, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 564th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
