"""Y101 (a warning) at a plan's start or end date outside the period the table states in years
(实施期 3年（2026—2028年） │ 计划完成日期 2027-12-31): the one or the other was not updated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.layout import field_label
from goalbook.rules.common import Context, parse_date
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
