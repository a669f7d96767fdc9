"""T101 (a warning) at the one empty value cell of an indicator in a table that gives its
indicators a 中期 and a 年度 value: the other column's value says a target was meant there too
(文化广场管护责任落实率 │ =100 │ (empty)), and the reviewer sends the row back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from goalbook.findings import Hit, Severity
from goalbook.model import Cell, CellRef, Indicator, TargetKind
from goalbook.rules.common import targets_of
from goalbook.rules.namekeys import name_key


def one_column_empty(indicators: Sequence[Indicator]) -> Iterator[Hit]:
    """T101 at the 中期 or 年度 cell left empty where the other holds a value, in a table where
    most named indicators fill both (a one-year project's unused 中期 column fills none)."""
    named = [i for i in indicators if i.name is not None]
    lone = [i for i in named if (i.period is None) != (i.annual is None)]
    if not lone:  # (most tables: nothing more to look at)
        return
    both = [i for i in named if _own(i.period) and _own(i.annual)]
    if len(both) < 3 or 2 * len(both) < len(named):
        return
    columns = _columns(both)
    rows = Counter((i.sheet, i.row) for i in indicators)
    for ind in lone:
        if rows[(ind.sheet, ind.row)] > 1:
            continue  # (a row of a period set and a year set side by side, named apart: two)
        key = "period" if ind.period is None else "annual"
        col = columns.get((ind.sheet, key))
        if col is None:
            continue
        at = CellRef(ind.sheet, ind.row, col)
        yield Hit("T101", at, {"name": ind.label}, ind.label, Severity.WARNING)


def _own(cell: Cell | None) -> bool:
    return cell is not None and not cell.carried


def _columns(both: list[Indicator]) -> dict[tuple[str, str], int]:
    """Per sheet, the column each of the two values stands in on most rows."""
    seen: dict[tuple[str, str], Counter[int]] = {}
    for ind in both:
        for key, cell in (("period", ind.period), ("annual", ind.annual)):
            if cell is not None and cell.at.sheet == ind.sheet:  # (a 中期 sheet's: no column)
                seen.setdefault((ind.sheet, key), Counter())[cell.at.col] += 1
    return {place: count.most_common(1)[0][0] for place, count in seen.items()}


def value_cell(indicators: tuple[Indicator, ...], name: CellRef) -> CellRef | None:
    """The empty value cell of an indicator whose row has none read: its row's cell in the
    column where the other indicators of its sheet have their values (right of the name)."""
    columns = Counter(
        i.annual.at.col
        for i in indicators
        if i.annual is not None and i.annual.at.sheet == name.sheet
    )
    if not columns:
        return None
    col = columns.most_common(1)[0][0]
    return CellRef(name.sheet, name.row, col) if col > name.col else None


def valued_names(indicators: Sequence[Indicator]) -> frozenset[str]:
    """The name keys of the indicators given a value: a name given again with none is the
    indicator repeated (D101), no value left out."""
    return frozenset(
        key
        for i in indicators
        if (key := name_key(i.label))
        and any(t.kind is not TargetKind.EMPTY for _c, t in targets_of(i))
    )
