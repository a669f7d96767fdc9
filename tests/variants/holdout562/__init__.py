"""The 562nd held-out set: 18 invented returns on white lotus seeds (白莲、莲子), one half on pond
planting (莲田种植: 标准化莲田, 良种繁育, 轮作, 清淤, 生态沟渠, 机械化采收) and the other on drying
workshops (莲子烘干车间: 热泵烘干线, 运行补助, 消防改造, 冷库和烘干房), built with
``tests.variants.kit`` and ``heads`` and marked by a careful reviewer per ``shared/domain.md``.
Budget year 2025; every place, unit, person, phone number and figure is invented (芙川县,
泽阳镇, 藕塘乡).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
operator column (指标性质 as operator) with a unit column; 指标性质 as direction beside a 比较符
column; 中期 and 年度 value columns (two and three years); numbered tier labels with points and an
indicator score column; ``*`` on tier labels under a two-row 指标内容 / 绩效标准 header; a table
on a second sheet under 预期实现值; a note row inside the table, a header repeated after a page
break, footnotes, 填表说明, stamp and signature lines; two projects stacked in one sheet;
department heads with key tasks and a 金额合计; a department flat list (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值); a budget-system export with codes in the first columns, the header on the
third row, tier-1 and indicator scores, money on 部门项目支出预算05-1 and the table on
部门项目支出绩效目标05-2.

Planted mistakes (return: code, highest accepted severity, place):

* cz02-pond-percent-wrong: T106 error at Sheet1 莲苗移栽成活率 value (105% typed in Excel);
  T105 error, row, at 良种莲苗质量合格率 (3000 with unit 株).
* cz03-pond-three-years: D202 warning at the 年度 cells of 新建标准化莲塘面积 (≥3000亩) and
  莲农技术培训人次 (≥1500人次), copied from 中期 in a three-year project; D201 error at the 年度
  cell of 新建灌排渠道长度 (≥15公里 against ≥12公里 for the period).
* cz06-pond-wrong-parent: F105 error, row, at 经济效益指标 merged under 一、产出指标; T108 warning,
  row, at 莲田病虫害发生率 ≥5%.
* cz08-drying-second-sheet: B101 error, row, at 项目信息 年度资金总额 85 (60 + 15 = 75); T105
  error at 绩效指标 烘干莲子质量合格率 ≥1100吨.
* cz09-drying-artefacts: X104 warning at 计划完成日期 "45930" (a serial typed as text); X105 warning
  (alt X103) at the detail line 厂房改造 "38.462 5"; X106 error (alt B108) at 烘干机组购置
  "36万36万(含运输安装)". Read as 38.4625 and 36, the lines add up to 120.
* cz12-drying-direction: T108 warning, row, at the 比较符 cells of 改造后日烘干能力 (正向, ≤),
  莲子破碎率 (反向, ≥) and 每吨莲子烘干电费 (反向 cost cap with =).
* cz14-stacked-defects: T108 warning, row, at 采收莲子霉变率 ≥3% (first project); B101 error, row,
  at the second project's 年度资金总额 48 (40 + 6 = 46).
* cz16-department-money-wrong: B101 error, row, at 资金总额 500 (基本支出 320 + 项目支出 200 =
  520); B102 error at 金额合计 200 (tasks 90 + 60 + 40 = 190); F109 warning, row, at the empty
  生态效益指标 row.
* cz17-template-rows: F110 error at the empty name of the ``≥40 场`` row; T112 error, row, at
  莲田病虫害统防统治面积 ``≥2000亩`` with 公顷 in the unit column; F109 warning, row, at the empty
  社会成本指标 row.

23 required marks on 9 returns; no file-level marks, no tolerated cells.

Legitimate look-alikes in the correct returns: typed percent cells (cz01 ``=`` with 100%, 92%,
5% on a 发生率 with ≤, cz11 flat list); a date cell as a deadline value (cz01); ``≤0起`` and
``≤0次`` incident counts and ``≤0%`` zero growth of fertiliser and pesticide (cz04, cz05, cz18;
also the ``≤0起`` of cz14's second project, which is wrong only in its money); ``提高≥5百分点``
and ``提高≥4百分点`` on rates (cz04, cz18); a 下降率 with ≥ / >= (cz07, cz09, cz12, cz14); rates
equal in 中期 and 年度, counts smaller in 年度 (cz04); tier points in the labels and indicator
points both adding to 100, and a 合计 row of 100 (cz05); tier-1 score column and indicator score
column both totalling 100 (cz18); 烘干运行补助标准 150元/吨 × 2800吨 = 42万元 exactly the
budget, explained by a footnote (cz10); a note row inside the table, a repeated header,
填表说明, stamp and a signature dated 2024 (cz10); the same 服务对象满意度 name with ≥90% and
≥92% in two stacked projects (cz13); ASCII operators and a bare =100 on a pass rate (cz07);
莲子含水率 <=12 and 莲子仓储损耗率 ≤2% (neither 正向).

Judgements where a reviewer could hesitate:

* cz12: ``=`` on 每吨莲子烘干电费 is marked T108 (a cost cap written as an exact value, §4.2
  rule 7), not T107 (which is for rates).
* cz06: the misplaced 经济效益指标 row is F105 only; its indicator (莲子收购价格增幅) suits the
  tier-2 it names, so no F201 is asked for.
* cz17: 亩 in the value against 公顷 in the unit column is T112 (a conflict, not a conversion).
* cz09: the serial 45930 reads as 2025-09-30, inside the year, so only X104 is asked for.
* cz03: 莲塘改造补助标准 ≤900元/亩 × the copied 3000亩 stays within the 300万元 annual budget, so
  the copied count causes no cost finding; 晾晒场 2 of 6 is a proper annual share.
* cz16: the reviewer cannot tell whether 基本支出 or 项目支出 is wrong, so B101 is a row mark on
  the budget line; 金额合计 200 equals 项目支出 but not the tasks, so B102 is at 金额合计.
* Unit costs stay within their money everywhere: cz01 600 × 2000 = 120 ≤ 150; cz02 480 × 1500
  = 72 ≤ 96; cz04 1500 × 600 + 800 × 1200 = 186 ≤ 260 (annual 108.5 ≤ 150); cz05 1.2 × 45万 =
  54 ≤ 80; cz07 20 × 3 = 60 ≤ 68; cz08 60 + 12 = 72 ≤ 75; cz13 6 × 8 = 48 ≤ 60 and 4 × 6 = 24
  ≤ 35; cz14 5 × 10 = 50 ≤ 70 and 8 × 5 = 40 ≤ 46; cz15 1.2 × 60万 = 72 ≤ 80 and 2.5 × 25 =
  62.5 ≤ 70; cz16 700 × 1200 = 84 ≤ 90; cz17 300 × 600 = 18 ≤ 30; cz18 250 × 3000 = 75 ≤ 90.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout562 import drying, offices, planting
from tests.variants.holdout562.registry import HOLDOUT562
from tests.variants.kit import Variant

MODULES = (planting, drying, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT562, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 562nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
