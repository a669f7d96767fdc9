"""Read two returns (or two folders of returns) and compare them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from goalbook.check import CheckOptions, find
from goalbook.diff.compare import compare
from goalbook.diff.match import RENAME_RATIO, pair_tables, table_key, table_unit
from goalbook.diff.model import Comparison, Side, TableDiff, Unreadable
from goalbook.diff.previous import Previous, PreviousTable
from goalbook.errors import UnreadableError
from goalbook.findings import FileResult
from goalbook.model import GoalTable
from goalbook.pool import BatchLimits, run
from goalbook.reader import read_tables
from goalbook.rules import PREVIOUS_CODES, check_table, table_framework
from goalbook.rules.budgetyear import table_year
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
    year = table_year(table)
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
    jobs: int = 0,
    limits: BatchLimits | None = None,
) -> tuple[Previous, tuple[Unreadable, ...]]:
    """The previous versions in ``path`` (a file or a folder), each checked as ``options``
    say (to tell which of its findings are resolved), and the files that could not be read.
    They are read and checked in the worker pool (``jobs`` processes, 0: one per CPU, each
    file within ``limits``), in the order of the files, as a one-by-one reading would."""
    found = find([path])
    bad = [Unreadable(str(s.path), str(s.result().error), s.code or "S001")
           for s in found.skipped if s.code is not None]  # fmt: skip
    tables: list[PreviousTable] = []
    for read in run(found.files, options, jobs, limits, _previous_file):
        if isinstance(read, FileResult):  # its worker failed: a crash, a time or memory limit
            bad.append(Unreadable(read.path, str(read.error), read.error_code or "S008"))
        elif read.unreadable is not None:
            bad.append(read.unreadable)
        else:
            tables.extend(read.tables)
    return Previous(str(path), tuple(tables), threshold), tuple(bad)


@dataclass(frozen=True)
class _PreviousFile:
    """What a worker sends back of one previous version: its tables checked, or why not."""

    tables: tuple[PreviousTable, ...] = ()
    unreadable: Unreadable | None = None


def _previous_file(path: Path, options: CheckOptions) -> _PreviousFile:
    """Read one previous version and check its tables (the batch job of :func:`load_previous`).
    The tables go back without their cell texts, which no comparison needs (a third of what
    would cross from the worker)."""
    try:
        tables = [t for t in read_tables(path) if t.span is not None]
    except UnreadableError as exc:
        return _PreviousFile(unreadable=Unreadable(str(path), str(exc), exc.code))
    codes = set(options.codes) - PREVIOUS_CODES if options.codes is not None else None
    checked = []
    for t in tables:
        found = check_table(t, table_framework(t, options.framework), options.lang, codes)
        checked.append(PreviousTable(replace(t, texts=()), tuple(found)))
    return _PreviousFile(tuple(checked))
