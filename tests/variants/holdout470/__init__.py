"""The 470th held-out set: 花椒 and 枸杞 orchards and drying facilities (烘干房, 制干线).

18 invented returns for 2025 from two invented counties, 丹椒县 (花椒) and 杞源县 (枸杞): 9
correct and 9 with 22 required marks. ``pepper`` holds zl01–zl06 (花椒 orchards), ``wolfberry``
zl07–zl12 (枸杞 orchards), ``drying`` zl13–zl18 (烘干 and 制干 for both crops).

Layouts: project heads (``heads.project_head``, one-year and multi-year money blocks in 万元
carried by the number format) and department heads (``heads.department_head`` with key tasks
and 金额合计); an operator column 指标性质 in words and symbols with a unit column and header
绩效目标值 (zl01, zl02); two projects stacked in one sheet (zl03, zl04); numbered tier labels
with points and an indicator score column (zl05); header 预期目标 (zl06); flat lists in two
column orders (zl07, zl08); 中期 and 年度 value columns (zl09, zl10); headers 指标内容 and
绩效标准 with 注 / 说明 / 填表说明 rows and signature lines (zl11); a 指标方向 column (zl12); a
budget-system export with codes in the first columns and the table on a second sheet under a
third-row header (zl15); detail lines under the table (zl16); 小计 rows, a 合计 row and the
header repeated after a page break (zl17); a tier-1 score column beside the indicator scores
(zl18).

Planted mistakes (return: code, highest accepted severity, place):

* zl02: T106 error at Sheet1!E11 (嫁接苗木成活率 typed 105%); T105 error at Sheet1!E12, row
  (椒农技术培训覆盖率 12 with unit 场).
* zl04: T108 warning at 绩效目标表!D13, row (椒园药害事故发生率 ≥1%); B101 error at
  绩效目标表!C21, row (second project: 75 ≠ 60 + 10).
* zl06: F110 error at Sheet1!C10 (≥20台 without a name); T113 warning at Sheet1!D12
  (防冻作业完成时间 typed 100%); F109 warning at Sheet1!B15, row (社会效益指标 left empty).
* zl08: T112 error at Sheet1!B11 (≥3000株 against unit column 亩); W101 error, book level
  (weights 95).
* zl10: D202 warning at Sheet1!E11 and Sheet1!E12 (two-year cumulative counts copied); D201
  error at Sheet1!E13 (annual ≥1000人次 above the period ≥800人次).
* zl12: T108 warning at Sheet1!E13, row (a cost cap =70元/亩); T108 warning at Sheet1!E14,
  row (反向 蚜虫危害发生率 ≥3%); T107 warning at Sheet1!E16, row, T108 accepted (满意度 =95%).
* zl14: B101 error at Sheet1!B4, row (基本支出 230 + 项目支出 400 ≠ 资金总额 640); B102 error
  at Sheet1!D9, B101 accepted (tasks 200 + 120 + 70 ≠ 金额合计 400).
* zl16: X105 warning at Sheet1!C5, X103 accepted (年度资金总额 text ``128.6 5``); T115 error at
  Sheet1!D13 (``≤0万元/吨``); X106 error at Sheet1!D20, B108 accepted (``30万30万（含安装）``).
* zl18: F105 error at 绩效目标!C14, F104 accepted (生态效益指标 under 成本指标); W103 error at
  绩效目标!B15, W101 accepted (效益 declares 30, its indicators give 25); W101 error, book
  level, tolerated (the indicator total 95 that follows from it).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column (zl01,
zl07); 化学农药使用量下降率 ≥10% / ≥15% (zl01, zl03); ≤ on 发生率, 损失率, 霉变损耗率 and
含水率 (zl01, zl03, zl07, zl13); a deadline as a date cell beside ≤ (zl01); the same 椒农满意度
with ≥90% and ≥85% in two stacked projects (zl03); tier points and indicator points both
adding to 100 (zl05); rate rises in 百分点 (zl05, zl11); a 合计 row in a flat list (zl07);
rates and unit costs equal in 中期 and 年度 of a three-year project, a 2027 deadline in the
中期 column (zl09); a 注 row inside the table and fill dates in 2024 (zl11, every sign line);
a 注 explaining that 金额合计 is 项目支出 only (zl13); 小计 and 合计 rows and a repeated header
(zl17). Every unit cost × count stays within its money (e.g. zl01 500元/亩 × 3000亩 = 150 ≤
180; zl10 700元/亩 × 3000亩 = 210 ≤ 220 even with the copied annual area).

Judgements: zl04's B101 and zl14's B101 are row marks because the finding may fairly land at
any amount of the row that does not add up. zl06's F109 is a warning (a template leftover,
not an impossibility) while the nameless value is an error. zl12's ``=95%`` is marked T107
(equals on a rate) with T108 accepted; the ``=70元/亩`` cost cap is T108 as in the main corpus.
zl18's misplaced 生态效益指标 is not counted against the 成本 points (20 = 10 + 10 either way),
so the W103 concerns 效益 alone. zl14's ``100%`` 验收合格率 without an operator is the
ceiling, not a finding. Counts under 社会效益指标 are written as 带动…务工/就业 effects, which a
reviewer does not move to 数量指标.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout470 import drying, pepper, wolfberry
from tests.variants.holdout470.registry import HOLDOUT470
from tests.variants.kit import Variant

MODULES = (pepper, wolfberry, drying)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT470, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 470th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
