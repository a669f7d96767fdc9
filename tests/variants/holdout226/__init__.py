"""226th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns edited by hand before they come back (variant items 1, 4, 6, 8, 13). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (23 in
all, plus one tolerated):

* template rows left empty: a 时效指标 row (qb02), a 生态效益指标 row (qb06) (F109, warning,
  at the tier-2 row);
* a value without a name: a cleared name cell in an operator-column table (qb02), a name cell
  holding only a full-width space (qb06), a cleared name on the 中期 sheet of a two-sheet
  return (qb12) (F110, error, at the empty name cell);
* duplicates: the last row before a page break pasted again after the repeated header (qb06,
  qb18) (D101, warning); one indicator twice with different values, beside a struck-through
  row (qb04) and on the 年度 sheet of a two-sheet return (qb12) (D102, error); one satisfaction
  indicator twice under near-identical names (qb04, qb10) (D103, warning, D101 accepted);
* 中期 and 年度: in a two-year project on two sheets, the 年度目标 text copied from the 中期目标
  (qb08) (D204, warning, D104 accepted), a cumulative count copied into the 年度 sheet (qb08)
  and into the 年度 column (qb10) (D202, warning), an annual length above the period length
  (qb08) (D201, error);
* number formats: a 合格率 cell showing 105% (qb14) (T106, error), a count cell showing 85%
  (qb14) (T120, warning), 其他资金 shown as 200,000.00元 by its format inside a 万元 block
  (qb14) (B105, error; the B101 it causes is tolerated at file level);
* dates: the planned end typed before the start (qb16) (Y104, error, row), 2026年2月30日
  (qb16) (Y106, error), 46142 pasted as text for 2026-04-30 (qb16) (X104, warning, T116
  accepted), a 2027 deadline in a one-year 2026 project (qb18) (Y102, error), a deadline given
  as 100% (qb18) (T113, warning).

Legitimate look-alikes sit in the 9 correct returns (qb01, qb03, qb05, qb07, qb09, qb11,
qb13, qb15, qb17): a row struck through above its corrected twin (same name, another value:
not a duplicate; qb01, and in qb04 beside the real mistakes); hidden empty template rows
(qb01, qb05, and qb02); a long name and its value merged over two rows and a note row
``（以下为2026年新增指标）`` inside the table (qb05); numbered tier labels (qb05); headers
repeated after a page break with the tier-1 restated (qb03, qb11, qb15); footnotes, 填表说明,
stamp and signature lines with fill dates in 2025 as text and as date cells (qb03, qb07, qb13,
qb15); the same names on a 中期 and a 年度 sheet with annual counts below the period counts and
equal rates and unit costs (qb07); a one-year project whose 实施期 and 年度 sheets (qb09) or
columns (qb17) are legitimately identical, goals included; names alike but distinct (小学生 /
初中生 筛查人数 in qb05, 经营管理型 / 专业生产型 in qb01, 新建 / 改造 管网 and 城区 / 农村
污水 in qb11); percent cells ``pct(0.95)``, ``pct(1)`` (also with % in the unit column and in
a 0.00% cell), custom formats carrying operator and unit (``"≥"0"人"``, ``"≥"0%``,
``"≤"0"元/人"``, ``0.00"万元/台"``) (qb09, qb13, qb15, qb17); deadlines as date cells under ≤,
as bare date cells with a note, and as text (qb09, qb13, qb15); =0起 on accidents (qb13,
qb15); ``≥0.5百分点`` on a change of a rate (qb05). Money is in 万元 carried by the number
format throughout; every total equals its sources, tasks add to 金额合计 = 项目支出, and every
unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout226 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout226 import edits, formats, sheets
from tests.variants.holdout226.registry import HOLDOUT226
from tests.variants.kit import Variant

MODULES = (edits, sheets, formats)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT226, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 226th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
