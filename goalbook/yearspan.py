"""The years a value column's head spans (实施周期（2026—2028年）指标值, 中期(2026-2028)):
how the reader knows a table is multi-year when the head is the only place that says so, and
how the rules count its years."""

from __future__ import annotations

import re

from goalbook.model import Cell
from goalbook.spelling import fold
from goalbook.vocabulary import SPAN_DASH

_HEAD_YEARS = re.compile(rf"((?:19|20)\d{{2}})\s*年?\s*{SPAN_DASH}+\s*((?:19|20)\d{{2}})")


def years_spanned(cell: Cell) -> tuple[int, int] | None:
    """The first and last year a cell's text spans (2026—2028年: 2026, 2028); None when it
    names no span (or one of more than ten years)."""
    m = _HEAD_YEARS.search(fold(cell.text))
    if m is None or not int(m[1]) <= int(m[2]) <= int(m[1]) + 10:
        return None
    return int(m[1]), int(m[2])


def head_years(head: Cell) -> int | None:
    """How many years a column head spans (2026—2028: 3); None when it names no span."""
    span = years_spanned(head)
    return None if span is None else span[1] - span[0] + 1


# a year in a column head (2025年指标值, 2026年度目标值, 2026年)
_HEAD_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def head_year(head: Cell) -> int | None:
    """The one year a column head names (2025年指标值: 2025); None for none or several."""
    found = set(_HEAD_YEAR.findall(fold(head.text)))
    return int(found.pop()) if len(found) == 1 else None


_NUMERALS = {n: i for i, n in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
_YEARS = re.compile(
    r"^\s*(\d{1,2}|[一二两三四五六七八九十])(?:\.0)?\s*(?:个)?(?:年|周年)?(?![\d年月])"
)


def years_of(cell: Cell) -> int | None:
    """How many years a 项目期 cell states: 3, 3年, 三年, 3年（2026—2028年）, 2026—2028年; None
    for anything else (a budget year 2025年度 misread as the period)."""
    if m := _YEARS.match(fold(cell.text)):
        return int(m[1]) if m[1].isdigit() else _NUMERALS[m[1]]
    return head_years(cell)
