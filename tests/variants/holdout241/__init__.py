"""241st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns damaged by conversion and by hand (PDF to Excel, copy-paste, WPS): numbers split by a
space and stored as text, amounts pasted twice, a decimal point lost, unit costs rounded to 0,
full-width digits and operators, hidden and struck-through rows kept for the record, values
slipped into the wrong column, footnotes inside the table (variant items 4, 9, 13). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in
all):

* a money total split by a space and stored as text, ``1205.337 6`` (qq02) (X105, warning, X103
  accepted); a money total stored as text with a thousands separator, ``1,386.50`` (qq06)
  (X103, warning);
* an amount pasted twice: the 中期资金总额 ``360万360万（含设备购置120万）`` (qq03) and a
  测算依据 line ``12.6万12.6万`` (qq12) (X106, error); a target pasted twice ``≥95%≥95%``
  (qq08) (T116, warning, X106 accepted);
* a decimal point lost: a task amount 8623376 for 862.3376万元 (qq05) (B110, error, B102
  accepted; B102 at the 金额合计 accepted, not asked for); a unit cost ``≤35000万元/台`` for
  3.5 万元 whose product with 12 台 exceeds the budget (qq12) (B107, warning, B110 and T116
  accepted);
* a unit cost rounded to 0 in 万元: ``≤0万元/次`` inline (qq02), 0 in an operator column with
  unit 万元/人 (qq10) (T115, error);
* full-width text hiding a real mistake: ``＞＝１０５％`` on a 合格率 (qq03) (T106, error),
  ``＞＝２％`` on a 投诉率 (qq05) (T108, warning), ``＝１００`` on a 满意度 (qq14) (T114,
  warning, T107 accepted); weights partly in full-width digits adding to 95 under a footnote
  that says 100 (qq14) (W101, error, on the file);
* values slipped into the wrong column: a cumulative count with 中期 ≥800户 and 年度 ≥1600户
  (qq03) (D201, error); a row slipped one column left in an operator-column table (qq06) and a
  flat-list row whose value and weight swapped (qq14) (S101, warning); the values of a 人次
  and a 合格率 slipped into each other's rows (qq16) (T120, warning, and T105, error); the
  中期 其他资金 a copy of the 财政拨款, 150 ≠ 130 + 130 (qq16) (B101, error; also accepted at
  the 其他资金 cell, not asked for);
* a date serial left as text, the 计划完成日期 ``46387`` of the second of two stacked projects
  (qq08) (X104, warning); a completion date in 2025 in a 2026 one-year project (qq10) (Y102,
  error).

Legitimate look-alikes sit in the 9 correct returns (qq01, qq04, qq07, qq09, qq11, qq13, qq15,
qq17, qq18): 95 % and 100 % typed in Excel (pct) and money in 万元 by number format (qq01); a
whole three-year table in full-width digits and operators, title year included, with equal
中期/年度 values only on rates, unit costs and per-亩 gains (qq04); a task that is 92 % of
项目支出 in four-decimal amounts, a visible struck-through row and a hidden struck-through
older version of a live indicator (qq07); a flat list with full-width operators, ``＝０`` on
accidents, a header repeated after a page break, an instruction row and weights adding to 100
(qq11); stacked projects with a footnote between them, costs per 人次 in 元 beside money in
万元 and =0起 (qq09); a Shanghai table in 元 with 预算执行率 under 投入与管理, =100% and a
struck-through earlier value of the same indicator (qq13); points on tier-1 labels and on
indicators adding to 90 with 预算执行率 scored apart (footnote), a rise in 百分点 (qq15);
numbered tier labels and a bare count 45000 人次 that looks like a date serial (qq17); operators
in words, a 测算依据 block in four decimals, a small unit cost 0.35万元/户, a hidden template
tier-2 row, 填表说明 and 注 rows naming the baseline month 2025年12月 (qq18). Phone numbers
split by a space stand in several signature lines. One legitimate money note in brackets,
``48万（其中设备维保30万元）``, sits in a mistaken return (qq12) and tolerates a warning (ok).
Every unit cost × count stays within its money in the correct returns.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout241 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout241 import forms, ledgers, projects
from tests.variants.holdout241.registry import HOLDOUT241
from tests.variants.kit import Variant

MODULES = (projects, ledgers, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT241, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 241st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
