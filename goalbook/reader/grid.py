"""Cell values of every sheet, read with python-calamine (values only, macros never run)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

import python_calamine as pc

from goalbook.errors import UnreadableError
from goalbook.model import Cell, CellRef, CellValue
from goalbook.package import xml_attack
from goalbook.reader.formats import NumberFormats, Shown
from goalbook.reader.sheetshape import MAX_SPREAD_MERGE
from goalbook.spelling import cell_text

_new = tuple.__new__  # _new(Cell, (...)): a third faster than Cell._make, twice Cell(...)
T = TypeVar("T")


@dataclass(frozen=True)
class Sheet:
    """One sheet's values, 0-based, dense from A1; merged blocks spread to their cells."""

    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    anchors: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    merged_rows: set[int] = field(default_factory=set)  # rows that cross a merged block
    hidden_rows: frozenset[int] = frozenset()  # rows the sheet hides (old values kept)
    percent: frozenset[tuple[int, int]] = frozenset()  # numbers shown as % by their format

    def __post_init__(self) -> None:
        if self.anchors and not self.merged_rows:
            self.merged_rows.update(r for r, _c in self.anchors)

    @functools.cached_property
    def filled(self) -> list[tuple[int, int, CellValue]]:
        """The non-empty cells in reading order (computed when first asked for)."""
        return [
            (r, c, v)
            for r, row in enumerate(self.rows)
            for c, v in enumerate(row)
            if v != "" and v is not None
        ]

    def filled_span(self) -> tuple[int, int] | None:
        """The first and last rows (0-based) holding a non-empty cell; None: none does."""
        rows = self.rows
        full = [
            r for r in range(len(rows)) if rows[r].count("") + rows[r].count(None) < len(rows[r])
        ]
        return (full[0], full[-1]) if full else None

    def row_cells(self, r: int) -> list[tuple[int, CellValue]]:
        """The non-empty cells of row r (0-based), left to right."""
        row = self.rows[r] if 0 <= r < len(self.rows) else []
        return [(c, v) for c, v in enumerate(row) if v != "" and v is not None]

    @property
    def nrows(self) -> int:
        return len(self.rows)

    def raw(self, r: int, c: int) -> CellValue:
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            value = self.rows[r][c]
            return None if value == "" else value
        return None

    def cell(self, r: int, c: int, spread: bool = True) -> Cell | None:
        """The cell at (r, c); inside a merged block, the block's value at its anchor."""
        if spread and self.anchors:
            anchor = self.anchors.get((r, c))
            if anchor is not None:
                text = cell_text(self.raw(*anchor))
                if not text:
                    return None
                at = CellRef(self.name, anchor[0] + 1, anchor[1] + 1)
                return Cell(at, self.raw(*anchor), text, True)
        rows = self.rows
        if r < 0 or c < 0 or r >= len(rows) or c >= len(rows[r]):
            return None
        value = rows[r][c]
        return None if value == "" or value is None else _plain(self.name, r, c, value)

    def pick(self, r: int, cols: dict[str, int]) -> dict[str, Cell | None]:
        """The cells of row r at the given columns (the hot path of reading indicators)."""
        if r in self.merged_rows:
            return {key: self.cell(r, c) for key, c in cols.items()}
        row = self.rows[r] if 0 <= r < len(self.rows) else []
        width, name, out = len(row), self.name, {}
        if width <= _WIDEST:
            return self._pick_known(r, row, cols)
        for key, c in cols.items():  # _plain inlined: this runs for every cell of every row
            value = row[c] if c < width else ""
            if type(value) is str:
                text = value.strip()
            elif type(value) is float and value.is_integer() and 0 < abs(value) < 1e15:
                text = str(int(value))
            else:
                text = cell_text(value)
            out[key] = (
                _new(Cell, (_new(CellRef, (name, r + 1, c + 1)), value, text, False))
                if text
                else None
            )
        return out

    def _pick_known(
        self, r: int, row: list[CellValue], cols: dict[str, int]
    ) -> dict[str, Cell | None]:
        """:meth:`pick` of a row outside merged blocks, its cells' places and text cells taken
        from the process's caches (a season's returns repeat them at the same cells)."""
        name, width, base = self.name, len(row), r << 16
        out: dict[str, Cell | None] = {}
        refs, texts = _caches(name)
        for key, c in cols.items():
            value = row[c] if c < width else ""
            if type(value) is str:
                if not value:
                    out[key] = None
                    continue
                known = texts.get((base | c, value))
                if known is None:
                    if not (text := value.strip()):
                        out[key] = None
                        continue
                    at = refs.get(base | c)
                    if at is None:
                        at = refs[base | c] = _new(CellRef, (name, r + 1, c + 1))
                    known = _new(Cell, (at, value, text, False))
                    if len(value) <= _TEXT_MAX:
                        texts[(base | c, value)] = known
                out[key] = known
                continue
            if type(value) is float and value.is_integer() and 0 < abs(value) < 1e15:
                text = str(int(value))
            else:
                text = cell_text(value)
            if text:
                at = refs.get(base | c)
                if at is None:
                    at = refs[base | c] = _new(CellRef, (name, r + 1, c + 1))
                out[key] = _new(Cell, (at, value, text, False))
            else:
                out[key] = None
        return out

    def text(self, r: int, c: int, spread: bool = True) -> str:
        if spread and self.anchors:
            found = self.cell(r, c, spread)
            return found.text if found else ""
        rows = self.rows  # the text as :func:`_plain` gives it, without a Cell built for it
        if r < 0 or c < 0 or r >= len(rows) or c >= len(rows[r]):
            return ""
        value = rows[r][c]
        if type(value) is str:
            return value.strip()
        if value is None or value == "":
            return ""
        if type(value) is float and value.is_integer() and 0 < abs(value) < 1e15:
            return str(int(value))
        return cell_text(value)

    def is_anchor_or_plain(self, r: int, c: int) -> bool:
        return (r, c) not in self.anchors


# Per sheet name, the CellRef of a cell (keyed row << 16 | column, 0-based) and the Cell of a
# text at it, keyed with the text as read: made once per process (a Cell is a tuple, the same
# for every return that has that text there). Bounded: a cache past its size starts afresh.
_WIDEST = 1 << 16  # rows this wide or narrower are keyed by row << 16 | column
_CACHED_MAX = 10_000  # cells per sheet name
_SHEETS_MAX = 8  # sheet names: at most 80 000 cells (a few tens of MB) in a worker or a server
_TEXT_MAX = 80  # longer texts (a goal paragraph) are seldom the same twice: not kept
_CACHED: dict[str, tuple[dict[int, CellRef], dict[tuple[int, str], Cell]]] = {}


def _caches(name: str) -> tuple[dict[int, CellRef], dict[tuple[int, str], Cell]]:
    found = _CACHED.get(name)
    if found is not None and len(found[1]) < _CACHED_MAX and len(found[0]) < _CACHED_MAX:
        return found
    if len(_CACHED) >= _SHEETS_MAX:
        _CACHED.clear()
    found = _CACHED[name] = ({}, {})
    return found


def _plain(sheet: str, r: int, c: int, value: CellValue) -> Cell | None:
    """The cell holding ``value`` at (r, c), 0-based, outside any merged block; None if empty."""
    if type(value) is str:
        text = value.strip()
    elif type(value) is float and value.is_integer() and 0 < abs(value) < 1e15:
        text = str(int(value))  # what cell_text gives, without its general cases
    else:
        text = cell_text(value)
    if not text:
        return None
    return _new(Cell, (_new(CellRef, (sheet, r + 1, c + 1)), value, text, False))


def number_value(value: CellValue) -> bool:
    """A sheet's value that is a number, typed as one or pasted as text (40, '40'): no bool,
    no words."""
    if type(value) is str:
        return _NUMBER.fullmatch(value.strip()) is not None
    return type(value) is int or type(value) is float


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _open(path: Path) -> pc.CalamineWorkbook:
    """calamine's workbook for ``path``. calamine takes a path as UTF-8 text only: a name that
    is not valid UTF-8 (os.fsdecode keeps its bytes as lone surrogates) is opened here and
    handed over as a file (intake has bounded its size)."""
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        with open(path, "rb") as fh:
            return pc.CalamineWorkbook.from_filelike(fh)
    return pc.CalamineWorkbook.from_path(name)


class Book:
    """An open workbook whose sheets are read when first asked for (values only, with
    python-calamine); every failure is an :class:`UnreadableError`.

    A number whose format shows a percent or a unit is read as the cell shows it: 0.95 in a
    ``0%`` cell is the text ``95%``, 80 in a ``0.00"万元"`` cell is ``80.00万元``."""

    def __init__(
        self,
        path: Path,
        styles: dict[int, Shown] | None = None,
        hidden_rows: Callable[[], dict[str, frozenset[int]]] | None = None,
    ) -> None:
        self.path = path
        self._hidden_rows = hidden_rows  # sheet name → rows hidden (asked when a sheet hides some)
        self._read: dict[str, Sheet] = {}
        self._formats = NumberFormats(path, styles)
        self._wb = self._guard(lambda: _open(path))
        metas = self._guard(lambda: self._wb.sheets_metadata)
        self.hidden = {
            m.name: m.visible != pc.SheetVisibleEnum.Visible
            for m in metas
            if m.typ == pc.SheetTypeEnum.WorkSheet
        }  # name → hidden, in workbook order
        if not self.hidden:
            self.close()
            raise UnreadableError(str(path), "S004", "没有工作表")

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._wb.close()

    def sheet(self, name: str) -> Sheet:
        if name not in self._read:
            self._read[name] = self._guard(lambda: self._load(name))
        return self._read[name]

    def sheets(self, names: Iterable[str] | None = None) -> list[Sheet]:
        """The sheets named (all by default), in workbook order."""
        wanted = set(self.hidden if names is None else names)
        return [self.sheet(n) for n in self.hidden if n in wanted]

    def _load(self, name: str) -> Sheet:
        sheet = self._wb.get_sheet_by_name(name)
        rows = cast(list[list[CellValue]], sheet.to_python(skip_empty_area=False))
        percent: set[tuple[int, int]] = set()
        for (r, c), shown in self._formats.cells(name).items():
            if r < len(rows) and c < len(rows[r]):
                value = rows[r][c]
                if type(value) is float or type(value) is int:
                    rows[r][c] = shown.text(value)
                    if shown.unit == "%":
                        percent.add((r, c))
        anchors: dict[tuple[int, int], tuple[int, int]] = {}
        for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ():
            if (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_SPREAD_MERGE:
                continue
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        anchors[(r, c)] = (r0, c0)
        hides = self._hidden_rows().get(name, frozenset()) if self._hidden_rows else frozenset()
        return Sheet(
            name, rows, self.hidden[name], anchors, hidden_rows=hides, percent=frozenset(percent)
        )

    def _guard(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except (UnreadableError, KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # calamine raises its own types; a Rust panic too
            attack = xml_attack(self.path)
            if attack is not None:
                raise attack from exc
            raise UnreadableError(
                str(self.path), "S004", f"无法解析（{type(exc).__name__}: {str(exc)[:120]}）"
            ) from exc
