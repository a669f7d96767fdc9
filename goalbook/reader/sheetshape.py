"""Two sizes of a sheet's XML that its cell references do not show, followed chunk by chunk
by the intake before any parser sees the sheet; and the rows it hides, or strikes through."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.model import column_number

# A cell without an ``r`` attribute sits one column right of the cell before it, in the row
# of its row element (which without ``r`` is the row after the one before): 3,000 such cells
# in row 1,000,000 make the value reader allocate three billion cells. Merged blocks are
# spread cell by cell by the reader (blocks up to ``MAX_SPREAD_MERGE`` cells): a thousand
# overlapping blocks of 19 × 1,000 cells cost gigabytes. Writers put ``r`` first in every cell
# (``<c r="A1"``), so counting tags tells at once whether a chunk needs the exact walk.
MAX_SPREAD_MERGE = 20_000  # larger merged blocks are not spread (hostile or decorative)
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s>/])([^>]*)")
_R = re.compile(rb'\br="([A-Z]*)(\d*)"')
_PREFIXED = re.compile(rb":c[ >]")
_UNREFERENCED = re.compile(rb'<c(?:>|\s(?!r="))')  # a cell tag whose first attribute is no r
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b([^>]*\bhidden="(?:1|true)"[^>]*)>')
_FILTER = re.compile(rb'<(?:\w+:)?autoFilter\b[^>]*?\bref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"')
_MERGE = re.compile(rb'mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _tags(data: bytes, word: bytes, tag: re.Pattern[bytes], cut: int) -> Iterator[re.Match[bytes]]:
    """The tags before ``cut`` that ``tag`` matches from their ``<``, found from each
    ``word`` in them: the pattern starts with no literal to search for, and run over a whole
    sheet it costs more than every other scan (goalbook's own templates carry
    ``autoFilter="0"`` in their sheet protection)."""
    pos = data.find(word, 0, cut)
    while pos >= 0:
        start = data.rfind(b"<", 0, pos)  # (an attribute holds no "<": its tag's start)
        if start >= 0 and (m := tag.match(data, start, cut)) is not None:
            yield m
        pos = data.find(word, pos + len(word), cut)


class SheetShape:
    """Follows one sheet's XML chunk by chunk: where cells without ``r`` land, and how many
    cells merged blocks spread to."""

    def __init__(self) -> None:
        self.carry = b""  # the end of the last chunk after its last ``>``
        self.row = self.col = 0  # where the last cell landed
        self.max_row = self.max_col = 0  # the far corner of the cells without ``r``
        self.merged = 0
        self.hidden: set[int] = set()  # rows (0-based) the sheet hides
        self.struck: set[int] = set()  # rows (0-based) struck through
        self.filtered: tuple[int, int] | None = None  # rows (0-based) under an autofilter

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        cut = data.rfind(b">") + 1
        self.carry = data[max(cut, len(data) - 65536) :]
        # a cell without ``r`` first (writers put ``r`` first: ``<c r="A1"``): a ``<c>`` or a
        # ``<c `` not followed by ``r="`` (one search: half the work of counting both); or a
        # prefixed cell
        unreferenced = _UNREFERENCED.search(data, 0, cut) is not None
        if unreferenced or (data.find(b":c", 0, cut) >= 0 and _PREFIXED.search(data, 0, cut)):
            self._walk(data[:cut])
        else:  # every cell carries its place: only the last row and cell matter
            self._follow(data, cut)
        for m in _tags(data, b'hidden="', _HIDDEN_ROW, cut):  # rows hidden (old values kept
            ref = _R.search(m[1])  # out of sight)
            if ref is not None and ref[2]:
                self.hidden.add(int(ref[2]) - 1)
        for m in _tags(data, b"autoFilter", _FILTER, cut):
            self.filtered = (int(m[1]), int(m[2] or m[1]) - 1)  # below its header row
            break
        if data.find(b"mergeCell", 0, cut) >= 0:
            for c0, r0, c1, r1 in _MERGE.findall(data, 0, cut):
                rows = int(r1 or r0) - int(r0) + 1
                cols = column_number((c1 or c0).decode()) - column_number(c0.decode()) + 1
                if 0 < rows * cols <= MAX_SPREAD_MERGE:
                    self.merged += rows * cols

    def kept_out(self) -> frozenset[int]:
        """The rows its sender kept out: hidden by hand or struck through. A row an autofilter
        hides is still the return's (a reviewer filtered the list and saved it)."""
        hidden = self.hidden
        if self.filtered is not None:
            first, last = self.filtered
            hidden = {r for r in hidden if not first <= r <= last}
        return frozenset(hidden | self.struck)

    def _walk(self, data: bytes) -> None:
        for kind, attrs in _TAG.findall(data):
            ref = _R.search(attrs)
            if kind == b"row":
                self.row = int(ref[2]) if ref and ref[2] else self.row + 1
                self.col = 0
                continue
            if ref and ref[1] and ref[2]:
                self.row, self.col = int(ref[2]), column_number(ref[1].decode())
                continue
            self.col += 1
            self.max_row = max(self.max_row, self.row)
            self.max_col = max(self.max_col, self.col)

    def _follow(self, data: bytes, cut: int) -> None:
        start = max(data.rfind(b"<row", 0, cut), data.rfind(b'<c r="', 0, cut))
        if start >= 0:
            self._walk(data[start:cut])


_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)', re.S)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_STYLE = re.compile(rb'\bs="(\d+)"')


def struck_rows(data: bytes, struck: frozenset[int]) -> set[int]:
    """The rows (0-based) whose filled cells have a struck-through style (``struck``: the style
    indexes), two at least and half of them (the tier labels filled in beside them may not be:
    产出指标 │ 数量指标 beside a struck name and value): a row a unit cancelled but kept in
    sight, read as a hidden one."""
    rows: set[int] = set()
    for number, body in _ROW.findall(data):
        filled = [
            (m[1] if (m := _STYLE.search(attrs)) else b"0")
            for attrs, inner in _CELL.findall(body or b"")
            if b"<v" in inner or b"<is" in inner or b":v" in inner
        ]
        crossed = sum(1 for s in filled if int(s) in struck)
        if crossed >= 2 and 2 * crossed >= len(filled):
            rows.add(int(number) - 1)
    return rows
