"""A table's fields beyond its head block's: the project a project column names, the title's
year, and the year or period its column heads and the heading over them state."""

from __future__ import annotations

from goalbook.model import Cell
from goalbook.reader.periods import annual_head, period_head, stated_period
from goalbook.reader.regions import Part
from goalbook.reader.tableheader import TableHeader


def table_fields(read: dict[str, Cell], part: Part, year_cell: Cell | None) -> dict[str, Cell]:
    """The table's fields: those read, the project a project column names (one project of an
    export), the title's year, and the period a column head states."""
    fields = dict(read)
    if part.project is not None:
        fields["project"] = part.project
    if year_cell is not None:
        fields["title_year"] = year_cell
    header = part.header
    if header is not None and not header.later and (c := header.cols.get("annual")) is not None:
        fields |= annual_head(header.sheet.cell(header.row, c))  # not a row of years
    if header is not None and header.row > 0:
        fields = _heading_year(header) | fields
    if header is None or not ("period" in header.cols or "flag" in header.cols):
        return fields  # no period column: no period's years to know
    head = header.period_head()
    return fields | period_head(
        fields, head, lambda: stated_period(part.sheets, part.start, header.row)
    )


def _heading_year(header: TableHeader) -> dict[str, Cell]:
    """A heading naming the year over the indicators (2026年度绩效指标 over the header, 年度绩效
    指标（2025年） over the year's column set beside the period's, over its tier-1 column one
    left of the set's repeated columns) as ``annual_head``."""
    if header.annual_set:
        first = min(header.annual_set.values())
        columns: tuple[int, ...] = (first - 1, first)
    else:
        columns = (header.left,)
    for c in columns:
        title = header.sheet.cell(header.row - 1, c)
        if title is not None and "年度" in title.text and "指标" in title.text:
            return annual_head(title)
    return {}
