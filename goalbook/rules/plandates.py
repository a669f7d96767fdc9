"""Y101 (a warning) at a plan's start or end date outside the period the table states in years
(实施期 3年（2026—2028年） │ 计划完成日期 2027-12-31): the one or the other was not updated; and
at a sheet named for another year than the table's (2025年项目绩效目标 under a 2026 title)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.layout import field_label
from goalbook.rules.common import Context, parse_date
from goalbook.vocabulary import word
from goalbook.yearspan import years_spanned


def plan_in_period(ctx: Context) -> Iterator[Hit]:
    fields = ctx.table.fields
    stated = fields.get("period_years")
    span = years_spanned(stated) if stated is not None else None
    if stated is None or span is None or span[0] == span[1]:
        return
    for key, year in (("start", span[0]), ("end", span[1])):
        cell = fields.get(key)
        day = parse_date(cell)
        if cell is None or day is None or day.year == year:
            continue
        label = field_label("project", key, ctx.lang)
        params = {"a": f"{label} {day.isoformat()}", "b": f"{_period(ctx)} {stated.text.strip()}"}
        yield Hit("Y101", cell.at, params, "", Severity.WARNING)


def _period(ctx: Context) -> str:
    """The period's label without its unit (项目期, not 项目期（年）)."""
    label = field_label("project", "period_years", ctx.lang)
    return re.sub(r"\s*[（(][^）)]*[)）]$", "", label)


def sheet_year(ctx: Context, year: int, label: str, plan: set[int]) -> Iterator[Hit]:
    """Y101 (a warning, for the file): the sheet of the table is named for one year (2025年项目
    绩效目标), neither the table's budget ``year`` (as ``label`` says it) nor a year of its
    ``plan``: last year's sheet filled in again and its name left."""
    span = ctx.table.span
    found = {int(y) for y in _YEAR.findall(span.sheet)} if span is not None else set()
    if span is None or len(found) != 1 or year in found or found & plan:
        return
    params = {"a": f"{label} {year}", "b": f"{word('sheet_name', ctx.lang)} {span.sheet}"}
    yield Hit("Y101", None, params, "", Severity.WARNING)


_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
