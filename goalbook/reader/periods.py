"""A project's period given as one span (项目起止时间：2026年4月—2027年10月, 实施周期
2026.04-2027.10): its start and end, read as the planned start and end dates when the form
has no fields of their own for them. A period stated only in the head of its value column
(实施周期（2026—2028年）指标值) is kept as the field ``period_head``; the head of the annual value
column when it names one year (2025年指标值) as ``annual_head``."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from goalbook.model import Cell
from goalbook.reader.grid import Sheet
from goalbook.spelling import fold
from goalbook.vocabulary import SPAN_DASH, YEAR_SPAN
from goalbook.yearspan import head_year, head_years, years_of, years_spanned

# 2026年4月1日, 2026年4月, 2026.04.01, 2026-04, 2026/4
_DAY = r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(?:(\d{1,2})\s*日?)?)?"
_SPAN = re.compile(rf"^{_DAY}\s*{SPAN_DASH}+\s*{_DAY}$")


def span_of(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span of dates in one text; None when it is not one (a span
    given in months ends on the month's last day)."""
    m = _SPAN.match(fold(text).strip())
    if m is None:
        return None
    try:
        y1, m1, y2, m2 = int(m[1]), int(m[2]), int(m[4]), int(m[5])
        start = dt.date(y1, m1, int(m[3]) if m[3] else 1)
        end = dt.date(y2, m2, int(m[6]) if m[6] else calendar.monthrange(y2, m2)[1])
    except ValueError:
        return None
    return (start, end) if start <= end else None


def period_dates(fields: dict[str, Cell], more: list[Cell | None] | None = None) -> dict[str, Cell]:
    """Start and end from the period field when it holds a span (also in brackets after its
    length: 1年（2026年1月1日至2026年12月31日）) and neither date is given (both found at the
    period's cell); ``more``: other cells labelled as the period (项目期：1年 beside 项目起止时间：
    2026年1月1日—2026年12月31日)."""
    if "start" in fields or "end" in fields:
        return {}
    for cell in (fields.get("period_years"), *(more or ())):
        if cell is None or type(cell.value) is not str:
            continue
        found = span_of(cell.text)
        if found is None and (inner := _BRACKETED.search(cell.text)) is not None:
            found = span_of(inner[1])
        if found is not None:
            return {
                key: Cell(cell.at, day.isoformat(), day.isoformat())
                for key, day in zip(("start", "end"), found, strict=True)
            }
    return {}


_BRACKETED = re.compile(r"[（(]([^（()）]+)[)）]\s*$")


# a head that names the period and its years (实施期（2025—2027年）, 中期（2026-2028年）)
_PERIOD_SPAN = re.compile(rf"(?:实施期|中期|项目期|实施周期|项目周期)\D{{0,3}}{YEAR_SPAN}")


def stated_period(sheets: list[Sheet], start: int, end: int) -> Cell | None:
    """A cell of the table's rows above its indicator header (rows ``start`` to ``end``) that
    names the period's years (the head of a money block's period column: 实施期（2025—2027年）),
    when no value column's head does. Not a note in the table's body."""
    for sheet in sheets[:1]:
        for r in range(start, min(sheet.nrows, end)):
            for c, value in enumerate(sheet.rows[r][:20]):
                if type(value) is not str or "期" not in value or len(value) > 30:
                    continue
                if _PERIOD_SPAN.search(value):
                    return sheet.cell(r, c, spread=False)
    return None


def period_head(
    fields: dict[str, Cell], head: Cell | None, elsewhere: Callable[[], Cell | None]
) -> dict[str, Cell]:
    """The head of the table's period value column as ``period_head`` when it names the years
    and the form has no period of its own (a department table); when that head names none
    (中期指标值), the cell ``elsewhere`` finds (a money block's 实施期（2025—2027年）)."""
    stated = fields.get("period_years")
    if stated is not None and years_of(stated) is None:
        stated = None  # 2025年度 read as the period: no period at all
    if stated is not None or "start" in fields or "end" in fields:
        return {}
    if head is None or head_years(head) is None:
        head = elsewhere()
    return {"period_head": head} if head is not None and head_years(head) is not None else {}


def annual_head(head: Cell | None) -> dict[str, Cell]:
    """The head of the annual value column as ``annual_head`` when it names one year (a table
    copied from last year keeps 2025年指标值 under a 2026 title); not a span (2026—2028年)."""
    if head is None or type(head.value) is not str or years_spanned(head) is not None:
        return {}
    return {"annual_head": head} if head_year(head) is not None else {}
