"""217th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns as they come out of copy-paste and budget-system exports: percentages typed as Excel
stores them, numbers stored as text, units carried by number formats, dates as text and as
typed dates, footnotes, repeated header rows after a page break, signature lines, empty template
rows, rates given as counts, duplicated indicators (variant items 1, 4, 6, 9, 13). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in
all):

* a 合格率 typed as 105% (1.05 under ``0%``) (ps02, T106, error);
* a head count (受益学生人数) typed as 95% (ps02, T120, warning);
* 其他资金 formatted ``#,##0.00"元"`` inside a 项目资金（万元） block (ps02, B105, error; the
  B101 it may cause is tolerated);
* 计划完成日期 pasted as the text ``46387`` (the serial of 2026-12-31) (ps04, X104, warning);
* a deadline on ``2026年4月31日`` (ps04, Y106, error);
* 年度资金总额 pasted as the text ``1,280.00`` (ps06, X103, warning);
* 计划完成日期 2026-01-31 typed before 计划开始日期 2026-03-01 (ps06, Y104, error, row);
* weights adding to 95 in an export with its header repeated after a page break (ps08, W101,
  error, file);
* a 完成率 given as ``≥ │ 3000 │ 卷`` (ps08, T105, error, row);
* a department's 资金总额 1860 ≠ 基本支出 1240 + 项目支出 590 (ps10, B101, error, row);
* the last row before a page break pasted again under the repeated header (ps10, D101,
  warning, row, D103 accepted; the first copy tolerated);
* a value ``≥99%`` whose name was left empty (ps12, F110, error);
* the template's 社会成本指标 row left without indicator and value (ps12, F109, warning, row);
* a 计划完成率 given as ``6场`` (ps14, T105, error);
* 电商技能培训人次 pasted again with ≥600 against ≥800 (ps14, D102, error, row, D103 and D104
  accepted; the first copy tolerated);
* an amount pasted twice ``40万40万（含场地、师资）`` in a 资金测算明细 block (ps14, X106,
  error, B108 accepted);
* a 交工验收时间 of 2027年3月31日前 in a one-year 2026 project (ps16, Y102, error);
* a 护栏安装完成时间 typed as 100% (ps16, T113, warning);
* 测算依据 lines adding to 431.5 under a 合计 of 420 (ps16, B102, error, row);
* a banner ``预算年度：2025年`` under a 2026 title and 2026 dates (ps18, Y101, error, row);
* a count ``≥12`` with neither a unit in the value nor in the unit column (ps18, T104,
  warning, row);
* ``=95%`` on a satisfaction rate (ps18, T107, warning, T108 accepted).

Legitimate look-alikes sit in the 9 correct returns (ps01, ps03, ps05, ps07, ps09, ps11, ps13,
ps15, ps17): rates typed as Excel stores them beside a ``%`` unit column (0.98, 0.95, 1 under
``0%``), 100% typed as 1 in a value column (ps03, ps09, ps11, ps17), a custom format
``"≥"0%`` that shows ≥95% (ps03), money in ``0.00"万元"`` and ``0.0000"万元"`` formats, 万亩 in a
number format beside a 万亩 unit column (ps07); a cost of 0.12万元/份 and a time of 3.5天 that
are not rates (ps01); numbers stored as text without separators under an operator and unit
column (ps05, ps07, ps15, ps18's correct rows); a typed date as a value, a text end date, a
count of 45800 that is not a date serial, a baseline year (以2025年末…为基数) in an 指标解释,
fill dates of the year before (ps05, ps09, ps11, ps15); a header repeated after a page break and
a name wrapped onto the row below (ps09); footnotes, 说明 and 填表说明 lines, signature lines
(everywhere); blank template rows carrying only number formats (ps12, beside its mistakes) and
numbered template rows left blank (ps13); names with 率 that are not rates (功率, 频率: ps07,
ps13, ps15), rates in ‰ (ps15); the same indicator names with different values in two
stacked projects (ps11), 65岁 in a name beside ≥70% (ps11), 春季/秋冬季 and 农村/城区 counts
of one kind (ps15, ps17); 100% in both 中期 and 年度 columns of a rate (ps03); =0起 on an
incident count (ps07); numbered tier labels with 成本指标 under 产出 (ps17). Every unit
cost × count stays within its money, and every money block adds up (except where marked).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout217 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout217 import exports, formats, rows
from tests.variants.holdout217.registry import HOLDOUT217
from tests.variants.kit import Variant

MODULES = (formats, exports, rows)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT217, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 217th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
