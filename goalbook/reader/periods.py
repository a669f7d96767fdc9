"""A project's period given as one span (项目起止时间：2026年4月—2027年10月, 实施周期
2026.04-2027.10): its start and end, read as the planned start and end dates when the form
has no fields of their own for them. A period stated only in the head of its value column
(实施周期（2026—2028年）指标值) is kept as the field ``period_head``."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from goalbook.model import Cell
from goalbook.spelling import fold
from goalbook.vocabulary import SPAN_DASH
from goalbook.yearspan import head_years

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


def period_dates(fields: dict[str, Cell]) -> dict[str, Cell]:
    """Start and end from the period field when it holds a span and neither date is given
    (both found at the period's cell)."""
    cell = fields.get("period_years")
    if cell is None or "start" in fields or "end" in fields or type(cell.value) is not str:
        return {}
    found = span_of(cell.text)
    if found is None:
        return {}
    return {
        key: Cell(cell.at, day.isoformat(), day.isoformat())
        for key, day in zip(("start", "end"), found, strict=True)
    }


_PERIOD_FIELDS = ("period_years", "start", "end")


def period_head(fields: dict[str, Cell], head: Cell | None) -> dict[str, Cell]:
    """The head of the table's period value column as ``period_head`` when it names the years
    and the form has no period of its own (a department table)."""
    if head is None or any(k in fields for k in _PERIOD_FIELDS) or head_years(head) is None:
        return {}
    return {"period_head": head}
