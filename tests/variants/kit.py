"""Write invented returns the way Excel and WPS store them, with the reviewer's marks beside
the cells they concern.

A return is built row by row on a :class:`Sheet`. A cell value may be wrapped in :class:`C` to
give it a number format (``pct(0.95)`` is a cell showing ``95%``) and the reviewer's marks
(``mk("≥105%", "T106", "error")``): the mark is recorded at the cell the value lands in, so the
marks are data next to the content and their addresses can never drift from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Mark:
    """One mark a careful reviewer makes.

    ``code``: the goalbook rule that should fire (an existing catalogue code or a proposed one,
    see README.md); ``"*"`` tolerates any finding at the cell up to ``severity`` (``required``
    must then be False). ``severity``: the highest severity the reviewer accepts for it.
    ``row``: the mark concerns the row, so a finding anywhere in the same row matches.
    ``required``: False for a mark the reviewer accepts but does not ask for.
    ``alt``: other codes the reviewer accepts for the same problem.
    """

    code: str
    severity: str
    row: bool = False
    required: bool = True
    alt: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        assert self.severity in SEVERITIES, self.severity
        assert self.code != "*" or not self.required, "a wildcard mark only tolerates"


@dataclass(frozen=True)
class Placed:
    """A mark at its place: ``cell`` None for a mark on the whole return (file level)."""

    sheet: str | None
    cell: str | None
    mark: Mark
    empty: bool  # the marked cell is empty (e.g. the missing name of an indicator row)


@dataclass(frozen=True)
class C:
    """A cell value with an optional number format and the reviewer's marks."""

    value: Any
    fmt: str | None = None
    marks: tuple[Mark, ...] = ()


def mk(value: Any, code: str, severity: str, **kw: Any) -> C:
    """``value`` carrying a mark (``row=True``, ``required=False``, ``alt=(...)``, ``note=``)."""
    mark = Mark(code, severity, **kw)
    if isinstance(value, C):
        return replace(value, marks=(*value.marks, mark))
    return C(value, marks=(mark,))


def ok(value: Any, severity: str = "warning", note: str = "") -> C:
    """A cell where the reviewer tolerates a finding up to ``severity`` but asks for none."""
    return mk(value, "*", severity, required=False, note=note)


def pct(value: float, fmt: str = "0%") -> C:
    """A percentage as Excel stores it: 0.95 with a percent format (shown ``95%``)."""
    return C(value, fmt)


def money(value: float, fmt: str = "0.00") -> C:
    return C(value, fmt)


WAN = '0.00"万元"'  # a unit carried only by the number format
YUAN = '#,##0.00"元"'
DATE = "yyyy-mm-dd"
CN_DATE = 'yyyy"年"m"月"d"日"'


def day(y: int, m: int, d: int, fmt: str = DATE) -> C:
    return C(dt.datetime(y, m, d), fmt)


@dataclass
class Sheet:
    """A worksheet written top to bottom; ``r`` is the last row written."""

    ws: Worksheet
    marks: list[Placed]
    r: int = 0

    @property
    def name(self) -> str:
        return self.ws.title

    def put(self, row: int, col: int, value: Any) -> None:
        """Write one cell as staff type it: text stays text (even ``=100%``)."""
        c = value if isinstance(value, C) else C(value)
        cell = self.ws.cell(row, col)
        if c.value is not None and c.value != "":
            cell.value = c.value
            if isinstance(c.value, str) and c.value.startswith("="):
                cell.data_type = "s"
            if isinstance(c.value, str) and len(c.value) > 12:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        if c.fmt:
            cell.number_format = c.fmt
        empty = c.value is None or (isinstance(c.value, str) and not c.value.strip())
        for m in c.marks:
            self.marks.append(Placed(self.name, f"{get_column_letter(col)}{row}", m, empty))

    def skip(self, n: int = 1) -> None:
        self.r += n

    def row(self, *values: Any, merge: Sequence[tuple[int, int]] = (), col: int = 1) -> int:
        """Write the next row from column ``col``; ``merge`` lists (first, last) column spans."""
        self.r += 1
        for i, v in enumerate(values):
            self.put(self.r, col + i, v)
        for first, last in merge:
            self.ws.merge_cells(start_row=self.r, start_column=first, end_row=self.r,
                                end_column=last)  # fmt: skip
        return self.r

    def title(self, text: Any, width: int) -> int:
        """A title merged across the table, the text in the anchor cell only."""
        r = self.row(text, merge=[(1, width)])
        self.ws.cell(r, 1).alignment = Alignment(horizontal="center")
        return r

    def table(self, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (), col: int = 1) -> int:
        """Write rows; in the columns listed in ``merged`` (1-based, relative to ``col``) a None
        continues the cell above: the block is merged down, its label in the anchor only.
        Returns the last row written."""
        anchors: dict[int, int] = {}
        for values in rows:
            r = self.row(*values, col=col)
            for m in merged:
                v = values[m - 1] if m - 1 < len(values) else None
                if v is None and m in anchors:
                    continue
                self._close(anchors, m, r - 1, col)
                anchors[m] = r if v is not None else 0
        for m in list(anchors):
            self._close(anchors, m, self.r, col)
        return self.r

    def _close(self, anchors: dict[int, int], m: int, end: int, col: int) -> None:
        start = anchors.pop(m, 0)
        if start and end > start:
            c = col + m - 1
            self.ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
            self.ws.cell(start, c).alignment = Alignment(vertical="center", wrap_text=True)


@dataclass
class Book:
    """One return: a workbook and the marks placed while writing it."""

    wb: openpyxl.Workbook = field(default_factory=openpyxl.Workbook)
    marks: list[Placed] = field(default_factory=list)
    _first: bool = True

    def sheet(self, title: str, widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> Sheet:
        if self._first:
            ws = self.wb.active
            assert ws is not None
            ws.title = title
            self._first = False
        else:
            ws = self.wb.create_sheet(title)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return Sheet(ws, self.marks)

    def file_mark(self, code: str, severity: str, **kw: Any) -> None:
        """A mark on the whole return (a finding anywhere in the file matches)."""
        self.marks.append(Placed(None, None, Mark(code, severity, **kw), False))

    def save(self, path: Path) -> Path:
        self.wb.properties.creator = "goalbook variants"
        self.wb.properties.created = dt.datetime(2025, 1, 1)
        self.wb.save(path)
        return path


@dataclass(frozen=True)
class Variant:
    """An invented return: ``items`` are the numbers of the issue's variant list it covers.

    Every return carries the reviewer's statement ``only_marked``: no error anywhere except at
    marked cells (and, without marks, a careful reviewer marks nothing at all)."""

    name: str
    items: tuple[int, ...]
    layout: str
    build: Callable[[], Book]
    only_marked: bool = True


REGISTRY: list[Variant] = []
Register = Callable[[str, tuple[int, ...], str], Callable[[Callable[[], Book]], Callable[[], Book]]]


def registrar(registry: list[Variant]) -> Register:
    """The ``@variant(name, items, layout)`` decorator of one corpus: it registers a builder of
    one return in ``registry`` (each held-out set keeps its own, apart from ``REGISTRY``)."""

    def variant(name: str, items: tuple[int, ...], layout: str) -> Callable[
            [Callable[[], Book]], Callable[[], Book]]:  # fmt: skip
        def wrap(fn: Callable[[], Book]) -> Callable[[], Book]:
            assert all(v.name != name for v in registry), name
            registry.append(Variant(name, items, layout, fn))
            return fn

        return wrap

    return variant


variant = registrar(REGISTRY)
