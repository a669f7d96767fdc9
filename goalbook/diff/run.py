"""Read two returns (or two folders of returns) and compare them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from goalbook.check import CheckOptions, find
from goalbook.diff.compare import compare
from goalbook.diff.match import RENAME_RATIO, pair_tables, table_key, table_unit
from goalbook.diff.model import Comparison, Side, TableDiff, Unreadable
from goalbook.diff.previous import Previous, PreviousTable
from goalbook.errors import UnreadableError
from goalbook.model import GoalTable
from goalbook.reader import read_tables
from goalbook.rules import PREVIOUS_CODES, check_table, table_framework
from goalbook.rules.dates import budget_year
from goalbook.rules.yearly import THRESHOLD


@dataclass(frozen=True)
class Loaded:
    """The tables read from one or more paths, and the files that could not be read."""

    tables: tuple[GoalTable, ...]
    unreadable: tuple[Unreadable, ...]


def load(path: str | Path) -> Loaded:
    """Every table of a file, or of every workbook in a folder (searched as ``check`` does);
    a file that cannot be read is listed, not raised."""
    found = find([path])
    tables: list[GoalTable] = []
    bad = [Unreadable(str(s.path), str(s.result().error), s.code or "S001")
           for s in found.skipped if s.code is not None]  # fmt: skip
    for file in found.files:
        try:
            tables.extend(t for t in read_tables(file) if t.span is not None)
        except UnreadableError as exc:
            bad.append(Unreadable(str(file), str(exc), exc.code))
    return Loaded(tuple(tables), tuple(bad))


def side(table: GoalTable) -> Side:
    year = budget_year(table.fields, table.stamp.year if table.stamp else None)
    return Side(table.path, table.index, table_unit(table), table.field_text("project"), year)


def pair(
    old: tuple[GoalTable, ...], new: tuple[GoalTable, ...]
) -> tuple[list[tuple[GoalTable, GoalTable]], list[GoalTable], list[GoalTable]]:
    """Old and new tables paired by unit and project; one table against one table is a pair
    whatever their names (two files compared as such)."""
    if len(old) == 1 and len(new) == 1:
        return [(old[0], new[0])], [], []
    return pair_tables(old, new, table_key)


def diff_paths(old: str | Path, new: str | Path, ratio: float = RENAME_RATIO) -> Comparison:
    """Compare two returns, or the returns of two folders matched by unit and project."""
    a, b = load(old), load(new)
    pairs, only_old, only_new = pair(a.tables, b.tables)
    return Comparison(
        old=str(old),
        new=str(new),
        pairs=tuple(TableDiff(side(x), side(y), compare(x, y, ratio)) for x, y in pairs),
        only_old=tuple(side(t) for t in only_old),
        only_new=tuple(side(t) for t in only_new),
        unreadable=a.unreadable + b.unreadable,
    )


def load_previous(
    path: str | Path,
    options: CheckOptions,
    threshold: Decimal = THRESHOLD,
) -> tuple[Previous, tuple[Unreadable, ...]]:
    """The previous versions in ``path`` (a file or a folder), each checked as ``options``
    say (to tell which of its findings are resolved), and the files that could not be read."""
    loaded = load(path)
    codes = set(options.codes) - PREVIOUS_CODES if options.codes is not None else None
    tables = tuple(
        PreviousTable(t, tuple(check_table(t, table_framework(t, options.framework),
                                           options.lang, codes)))
        for t in loaded.tables
    )  # fmt: skip
    return Previous(str(path), tables, threshold), loaded.unreadable
