"""Edits inside SpreadsheetML parts for annotated copies: styles, marked cells, the report sheet.

Each function takes the bytes or text of one part and returns the edited version; they only
touch what they must (attributes of one tag, elements appended to a list), so everything else
in the part stays as the return had it. What they cannot edit safely raises
:class:`Unsupported`; the caller then rewrites the workbook with openpyxl.
"""

from __future__ import annotations

import re

from goalbook.model import column_number

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class Unsupported(Exception):
    """The package has something the patcher does not edit; rewrite it instead."""


def root_tag(text: str, name: str, namespace: str) -> str:
    """The root start tag of a part, checked to be ``name`` in ``namespace`` without prefix."""
    match = re.search(r"<(?![?!])[^>]*>", text[:4096])
    if match is None:
        raise Unsupported("no root element")
    tag = match[0]
    if not re.match(rf"<{name}[\s>/]", tag) or f'xmlns="{namespace}"' not in tag:
        raise Unsupported(f"root {tag[:40]!r}")
    return tag


def rel_prefix(root: str) -> tuple[str, str]:
    """The prefix bound to the relationships namespace, and a declaration if none is."""
    match = re.search(rf'xmlns:([\w.-]+)="{re.escape(RELS)}"', root)
    return (match[1], "") if match else ("r", f' xmlns:r="{RELS}"')


def set_attr(tag: str, name: str, value: str) -> str:
    """``tag`` with attribute ``name`` set to ``value`` (replaced or added before the end)."""
    pattern = re.compile(rf'\s{name}="[^"]*"')
    if pattern.search(tag):
        return pattern.sub(f' {name}="{value}"', tag, count=1)
    end = len(tag) - (2 if tag.endswith("/>") else 1)
    return f'{tag[:end].rstrip()} {name}="{value}"{tag[end:]}'


# ----------------------------------------------------------------------------- styles.xml

_FONT_ORDER = (
    "b",
    "i",
    "strike",
    "condense",
    "extend",
    "outline",
    "shadow",
    "u",
    "vertAlign",
    "sz",
    "color",
    "name",
    "family",
    "charset",
    "scheme",
)


class Styles:
    """styles.xml with fills, fonts and cell formats appended (existing indices stay valid)."""

    def __init__(self, text: str) -> None:
        root_tag(text, "styleSheet", MAIN)
        if "<cellStyleXfs" not in text or "<borders" not in text:
            raise Unsupported("styles without cell style formats or borders")
        self.text = text
        self.fills = self._items("fills", "fill")
        self.fonts = self._items("fonts", "font")
        self.xfs = self._items("cellXfs", "xf")
        self._new: dict[str, list[str]] = {"fills": [], "fonts": [], "cellXfs": []}
        self._clones: dict[tuple[int, int], int] = {}
        self._fill_ids: dict[str, int] = {}

    def _items(self, block: str, item: str) -> list[str]:
        match = re.search(rf"<{block}\b[^>]*>(.*?)</{block}>", self.text, re.S)
        if match is None:
            raise Unsupported(f"styles without {block}")
        found = re.findall(rf"<{item}\b[^>]*?/>|<{item}\b[^>]*>.*?</{item}>", match[1], re.S)
        if not found:
            raise Unsupported(f"empty {block}")
        return found

    def _add(self, block: str, xml: str, existing: list[str]) -> int:
        self._new[block].append(xml)
        return len(existing) + len(self._new[block]) - 1

    def fill(self, colour: str) -> int:
        if colour not in self._fill_ids:
            xml = (
                f'<fill><patternFill patternType="solid"><fgColor rgb="FF{colour}"/>'
                f'<bgColor rgb="FF{colour}"/></patternFill></fill>'
            )
            self._fill_ids[colour] = self._add("fills", xml, self.fills)
        return self._fill_ids[colour]

    def font(self, bold: bool = False, size: int = 0, colour: str = "") -> int:
        """A copy of the workbook's default font, changed as asked (children in schema order)."""
        inner = re.sub(r"^<font\b[^>]*?/?>|</font>$", "", self.fonts[0])
        found = re.finditer(r"<(\w+)\b[^>]*?/>|<(\w+)\b[^>]*>.*?</\2>", inner, re.S)
        parts = {m[1] or m[2]: m[0] for m in found}
        if bold:
            parts["b"] = "<b/>"
        if size:
            parts["sz"] = f'<sz val="{size}"/>'
        if colour:
            parts["u"], parts["color"] = "<u/>", f'<color rgb="FF{colour}"/>'
        rank = {name: i for i, name in enumerate(_FONT_ORDER)}
        children = sorted(parts, key=lambda name: rank.get(name, len(rank)))
        return self._add("fonts", f"<font>{''.join(parts[c] for c in children)}</font>", self.fonts)

    def xf(self, font: int = 0, fill: int = 0, wrap: bool = False, unlocked: bool = False) -> int:
        """A new cell format on the default cell style (``unlocked``: open to typing when the
        sheet is protected)."""
        applies = ' applyFont="1"' if font else ""
        applies += ' applyFill="1"' if fill else ""
        body = '<alignment vertical="top" wrapText="1"/>' if wrap else ""
        if unlocked:
            applies += ' applyProtection="1"'
            body += '<protection locked="0"/>'
        tag = f'<xf numFmtId="0" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"{applies}'
        xml = f'{tag} applyAlignment="1">{body}</xf>' if wrap else f"{tag}/>"
        return self._add("cellXfs", xml, self.xfs)

    def filled(self, s: int, colour: str) -> int:
        """Cell format ``s`` with a solid ``colour`` fill (what a marked cell gets)."""
        fill = self.fill(colour)
        if (s, fill) not in self._clones:
            xf = self.xfs[s] if 0 <= s < len(self.xfs) else self.xfs[0]
            start = xf.index(">") + 1
            head = xf[:start]
            head = set_attr(set_attr(head, "fillId", str(fill)), "applyFill", "1")
            self._clones[(s, fill)] = self._add("cellXfs", head + xf[start:], self.xfs)
        return self._clones[(s, fill)]

    def result(self) -> str:
        text = self.text
        for block, existing in (
            ("fills", self.fills),
            ("fonts", self.fonts),
            ("cellXfs", self.xfs),
        ):
            added = self._new[block]
            if not added:
                continue
            match = re.search(rf"<{block}\b[^>]*>", text)
            end = text.index(f"</{block}>")
            assert match is not None  # found in __init__
            head = set_attr(match[0], "count", str(len(existing) + len(added)))
            text = (
                text[: match.start()] + head + text[match.end() : end] + "".join(added) + text[end:]
            )
        return text


# ----------------------------------------------------------------------------- worksheets

_CELL_TAG = re.compile(rb"<c[\s>/]")
_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]+)\d+"')
_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_NUM = re.compile(rb'\sr="(\d+)"')
_STYLE = re.compile(rb'\ss="(\d+)"')
_SPANS = re.compile(rb'\sspans="[^"]*"')
_TAB_SELECTED = re.compile(rb'\stabSelected="(?:1|true)"')
_AFTER_LEGACY = (
    b"<legacyDrawingHF",
    b"<drawingHF",
    b"<picture",
    b"<oleObjects",
    b"<controls",
    b"<webPublishItems",
    b"<tableParts",
)


def sheet_root(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise Unsupported("UTF-16 sheet")
    root = root_tag(data[:4096].decode("utf-8", "replace"), "worksheet", MAIN)
    if b" r='" in data or b"AlternateContent" in data:
        raise Unsupported("single-quoted references or alternate content")
    return root


def unselect(data: bytes) -> bytes:
    """The sheet no longer selected: the report sheet is the one that opens."""
    return _TAB_SELECTED.sub(b"", data) if b"tabSelected" in data else data


def _tag_at(data: bytes, needle: bytes, element: bytes) -> tuple[int, int] | None:
    """Start and end of the ``element`` start tag that carries the attribute ``needle``."""
    pos = data.find(needle)
    while pos >= 0:
        lt = data.rfind(b"<", 0, pos)
        if data.startswith(element, lt) and data[lt + len(element)] in b" \t\r\n":
            gt = data.find(b">", pos)
            if gt > 0 and data.rfind(b">", lt, pos) < 0:
                return lt, gt + 1
        pos = data.find(needle, pos + 1)
    return None


def style_cell(data: bytes, a1: str, new_style: Styles, colour: str) -> bytes:
    """``data`` with cell ``a1`` filled with ``colour``, inserting the cell if it is empty."""
    found = _tag_at(data, f' r="{a1}"'.encode(), b"<c")
    if found is not None:
        lt, gt = found
        tag = data[lt:gt]
        old = _STYLE.search(tag)
        s = new_style.filled(int(old[1]) if old else 0, colour)
        tag = set_attr(tag.decode(), "s", str(s)).encode()
        return data[:lt] + tag + data[gt:]
    letters = a1.rstrip("0123456789")
    row = int(a1[len(letters) :])
    cell = f'<c r="{a1}" s="{new_style.filled(0, colour)}"/>'.encode()
    at_row = _tag_at(data, f' r="{row}"'.encode(), b"<row")
    if at_row is None:
        return _insert_row(data, row, cell)
    lt, gt = at_row
    tag = _SPANS.sub(b"", data[lt:gt])
    if tag.endswith(b"/>"):
        return data[:lt] + tag[:-2].rstrip() + b">" + cell + b"</row>" + data[gt:]
    end = data.find(b"</row>", gt)
    cells = data[gt:end]
    refs = list(_CELL_REF.finditer(cells))
    if len(refs) != len(_CELL_TAG.findall(cells)):
        raise Unsupported("cells without references")
    column = column_number(letters)
    at = next((m.start() for m in refs if column_number(m[1].decode()) > column), len(cells))
    return data[:lt] + tag + cells[:at] + cell + cells[at:] + data[end:]


def show_row(data: bytes, a1: str) -> bytes:
    """``data`` with the row of cell ``a1`` no longer hidden (by hand or by an autofilter): a
    marked cell out of sight is a finding the reviewer never sees, and its link goes nowhere."""
    row = a1.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    found = _tag_at(data, f' r="{row}"'.encode(), b"<row")
    if found is None:
        return data
    lt, gt = found
    tag = data[lt:gt]
    if _HIDDEN.search(tag) is None:
        return data
    return data[:lt] + _HIDDEN.sub(b"", tag) + data[gt:]


_HIDDEN = re.compile(rb'\shidden="(?:1|true)"')


def _insert_row(data: bytes, row: int, cell: bytes) -> bytes:
    new = f'<row r="{row}">'.encode() + cell + b"</row>"
    start = data.find(b"<sheetData")
    if start < 0:
        raise Unsupported("no sheetData")
    empty = re.compile(rb"<sheetData\s*/>").match(data, start)
    if empty:
        return data[:start] + b"<sheetData>" + new + b"</sheetData>" + data[empty.end() :]
    end = data.find(b"</sheetData>", start)
    for match in _ROW_TAG.finditer(data, start, end):
        number = _ROW_NUM.search(match[0])
        if number is None:
            raise Unsupported("rows without numbers")
        if int(number[1]) > row:
            return data[: match.start()] + new + data[match.start() :]
    return data[:end] + new + data[end:]


def link_notes(data: bytes, root: str, rel_id: str) -> bytes:
    """``data`` with a legacyDrawing element (the notes' VML) where the schema puts it."""
    if b"<legacyDrawing" in data:
        raise Unsupported("sheet already has notes or controls")
    prefix, declare = rel_prefix(root)
    element = f'<legacyDrawing{declare} {prefix}:id="{rel_id}"/>'.encode()
    spots = []
    for name in _AFTER_LEGACY:
        pos = data.find(name)
        while pos >= 0 and data[pos + len(name)] not in b" \t\r\n/>":
            pos = data.find(name, pos + 1)
        if pos >= 0:
            spots.append(pos)
    ext = data.rfind(b"<extLst")
    if ext >= 0 and re.match(rb"<extLst\b.*</extLst>\s*</worksheet>\s*$", data[ext:], re.S):
        spots.append(ext)
    at = min(spots) if spots else data.rfind(b"</worksheet>")
    if at < 0:
        raise Unsupported("no end of worksheet")
    return data[:at] + element + data[at:]
