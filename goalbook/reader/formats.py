"""Number formats that change what a cell says: percentages and units carried by the format.

A percentage typed in Excel, WPS or LibreOffice (``95%``) is stored as 0.95 with a percent
format (built-in ids 9 ``0%`` and 10 ``0.00%``, or a custom format with an unquoted ``%``); an
amount may carry its unit only in the format (``0.00"万元"``, ``#,##0.00"元"``). The value reader
(python-calamine) gives the bare number, so the reader reads the formats itself, cheaply: the
styles part (small) first, by regular expressions; only when a style uses such a format are
the sheets' cells with that style looked up, by a literal-prefixed search of the sheet's bytes.
Nothing here parses XML with a parser, so no entity is ever expanded.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from goalbook.model import column_number
from goalbook.package import ZIP_ERRORS, workbook_sheets
from goalbook.spelling import number_text
from goalbook.targets import operator_word

# Built-in number formats that show a percentage (the others are plain numbers, dates, or a
# currency whose symbol depends on the locale).
_BUILTIN = {9: "0%", 10: "0.00%"}
_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*>")
_ID = re.compile(rb'\bnumFmtId="(\d+)"')
_CODE = re.compile(rb'\bformatCode="([^"]*)"')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b[^>]*>")
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_CELL_START = re.compile(rb"<(?:\w+:)?c\s")
_DATE_LETTERS = frozenset("yYmMdDhHsSeEbBgG")  # unquoted: a date, time or scientific format
_CURRENCY = {"¥": "元", "￥": "元"}


@dataclass(frozen=True, slots=True)
class Shown:
    """How a number format shows a number: scaled (100 for a percentage), with at least
    ``decimals`` decimals, followed by ``unit`` (``%``, ``万元``)."""

    unit: str
    scale: int = 1
    decimals: int = 0
    op: str = ""  # an operator the format writes before the number (``"≥"0%``)

    def text(self, value: int | float) -> str:
        """The number as the cell shows it, at its full precision: 0.925 in ``0.00%`` is
        ``92.50%``, 200000 in ``#,##0.00"元"`` is ``200000.00元`` (no group separators), 0.95
        in ``"≥"0%`` is ``≥95%``."""
        number = number_text(Decimal(repr(value)) * self.scale)
        have = len(number.partition(".")[2])
        if have < self.decimals:
            number += ("." if not have else "") + "0" * (self.decimals - have)
        return self.op + number + self.unit


def shown_by(code: str) -> Shown | None:
    """What a format code adds to a number: a percent or a unit; None for any other format
    (plain numbers, dates and times, text, General)."""
    section = _first_section(code)
    percent, prefix, suffix, decimals, digits = _scan(section)
    if percent is None:
        return None  # a date, time or scientific format
    op = prefix.strip() if operator_word(prefix.strip()) is not None else ""
    if percent:
        return Shown("%", 100, decimals, op)
    unit = suffix.strip() or _CURRENCY.get(prefix.strip(), "")
    if not (unit or op) or not digits:
        return None
    return Shown(unit, 1, decimals, op)


def _first_section(code: str) -> str:
    """The section for positive numbers (up to the first unquoted ``;``)."""
    quoted = False
    for i, ch in enumerate(code):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            return code[:i]
    return code


def _scan(section: str) -> tuple[bool | None, str, str, int, bool]:
    """(percent, literal before the number, literal after it, decimals, has digits); percent
    is None for a format that shows a date, a time or an exponent."""
    prefix: list[str] = []
    suffix: list[str] = []
    percent, digits, decimals, after_point = False, False, 0, False
    i = 0
    while i < len(section):
        ch = section[i]
        literal = ""
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            literal, i = section[i + 1 : end], end
        elif ch == "\\" and i + 1 < len(section):
            literal, i = section[i + 1], i + 1
        elif ch == "[":  # a colour, a condition or a locale: [$¥-804] names a currency
            end = section.find("]", i)
            end = len(section) if end < 0 else end
            inner = section[i + 1 : end]
            literal = inner[1:].partition("-")[0] if inner.startswith("$") else ""
            i = end
        elif ch in "_*":  # padding or fill: the next character is not shown as such
            i += 1
        elif ch == "%":
            percent = True
        elif ch in "0#?":
            digits = True
            decimals += after_point
        elif ch == ".":
            after_point = True
        elif ch in _DATE_LETTERS:
            return None, "", "", 0, False
        elif not ch.isspace() and ch not in ",()+-/@":
            literal = ch
        if literal:
            (suffix if digits else prefix).append(literal)
        i += 1
    return percent, "".join(prefix), "".join(suffix), decimals, digits


_BUILTIN_SHOWN = {n: shown for n, code in _BUILTIN.items() if (shown := shown_by(code))}


def styles_shown(styles: bytes) -> dict[int, Shown]:
    """Cell style index (the ``s`` of a cell) → what its number format adds, for the styles
    whose format shows a percent or a unit (most workbooks have none: then only their few
    custom formats are looked at)."""
    formats = {n: shown for n, shown in _BUILTIN_SHOWN.items() if b'numFmtId="%d"' % n in styles}
    start, end = styles.find(b"<numFmts"), styles.find(b"</numFmts>")
    for tag in _NUM_FMT.findall(styles, max(start, 0), end if start >= 0 else 0):
        found_id, code = _ID.search(tag), _CODE.search(tag)
        if found_id is not None and code is not None:
            shown = shown_by(html.unescape(code[1].decode("utf-8", "replace")))
            if shown is not None:
                formats[int(found_id[1])] = shown
    block = _CELL_XFS.search(styles) if formats else None
    if block is None:
        return {}
    out: dict[int, Shown] = {}
    for index, tag in enumerate(_XF.findall(block[0])):
        found_id = _ID.search(tag)
        if found_id is not None and (shown := formats.get(int(found_id[1]))) is not None:
            out[index] = shown
    return out


def styled_cells(data: bytes, styles: dict[int, Shown]) -> dict[tuple[int, int], Shown]:
    """(row, column), 0-based → how it is shown, for the cells of a sheet's XML whose style
    is one of ``styles``. Searches the literal ``s="N"`` of those styles only."""
    wanted = b"|".join(str(s).encode() for s in sorted(styles))
    out: dict[tuple[int, int], Shown] = {}
    for m in re.finditer(rb' s="(' + wanted + rb')"', data):
        start = data.rfind(b"<", 0, m.start())
        if start < 0 or _CELL_START.match(data, start) is None:
            continue  # a row's or a column's style, not a cell's
        end = data.find(b">", m.end())
        ref = _REF.search(data, start, end if end > 0 else len(data))
        if ref is not None:
            cell = (int(ref[2]) - 1, column_number(ref[1].decode()) - 1)
            out[cell] = styles[int(m[1])]
    return out


class NumberFormats:
    """The cells of a workbook whose number format shows a percent or a unit, looked up per
    sheet when first asked for; a workbook without such a style costs one read of its styles."""

    def __init__(self, path: Path, styles: dict[int, Shown] | None = None) -> None:
        """``styles``: the styles part already read (by the intake), else read when asked."""
        self.path = path
        self._styles: dict[int, Shown] | None = styles
        self._parts: dict[str, str] | None = None

    def cells(self, sheet: str) -> dict[tuple[int, int], Shown]:
        if self._styles is not None and not self._styles:
            return {}  # known: no style shows a percent or a unit
        try:
            with zipfile.ZipFile(self.path) as zf:
                if self._styles is None:
                    try:
                        styles = zf.read("xl/styles.xml")
                    except KeyError:  # a workbook without styles: every number is plain
                        styles = b""
                    self._styles = styles_shown(styles)
                if not self._styles:
                    return {}
                if self._parts is None:
                    self._parts = {name: part for name, part in workbook_sheets(zf) if part}
                part = self._parts.get(sheet)
                if part is None:
                    return {}
                return styled_cells(zf.read(part), self._styles)
        except (*ZIP_ERRORS, ValueError):  # the value reader has read it: nothing more to add
            self._styles = {}
            return {}


_FONTS = re.compile(rb"<(?:\w+:)?fonts\b.*?</(?:\w+:)?fonts>", re.S)
_FONT = re.compile(rb"<(?:\w+:)?font\b(?:[^>]*/>|.*?</(?:\w+:)?font>)", re.S)
_STRIKE = re.compile(rb'<(?:\w+:)?strike\b(?![^>]*\bval="(?:0|false)")')
_FONT_ID = re.compile(rb'\bfontId="(\d+)"')


def struck_styles(styles: bytes) -> frozenset[int]:
    """Cell style indexes (the ``s`` of a cell) whose font strikes the text through: a row a
    unit cancelled but kept in sight. Most workbooks have none (no ``<strike`` at all)."""
    if b"<strike" not in styles and b":strike" not in styles:
        return frozenset()
    fonts = _FONTS.search(styles)
    block = _CELL_XFS.search(styles)
    if fonts is None or block is None:
        return frozenset()
    struck = {i for i, font in enumerate(_FONT.findall(fonts[0])) if _STRIKE.search(font)}
    return frozenset(
        index
        for index, tag in enumerate(_XF.findall(block[0]))
        if (found := _FONT_ID.search(tag)) is not None and int(found[1]) in struck
    )
