"""S012: a goalbook template sent back as it went out. It gets this one finding, not the
findings of every empty part (no indicators, no year, …)."""

from __future__ import annotations

from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.model import CellRef, GoalTable
from goalbook.rules.common import Context

# what the coordinator may have filled in before sending the template out (--unit, --project,
# --year, a roster) and the title that follows the year
_PREFILLED = frozenset({"unit", "project", "year", "title_year"})


def is_unfilled(table: GoalTable) -> bool:
    """A goalbook template in which staff filled nothing: no indicator, no budget line, no
    header field but the prefilled ones, and no other text typed anywhere."""
    if table.stamp is None or table.indicators or table.lines or table.notes:
        return False
    if set(table.fields) - _PREFILLED:
        return False
    prefilled = {cell.at for cell in table.fields.values()}
    return all(CellRef(sheet, row, col) in prefilled for sheet, row, col, _ in table.texts)


def unfilled(ctx: Context) -> Iterator[Hit]:
    """S012 (the runner then reports nothing else for the table)."""
    if is_unfilled(ctx.table):
        yield Hit("S012", None)
