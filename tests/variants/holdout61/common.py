"""Cells as offices leave them for the 61st held-out corpus: operators and units only in a
custom number format, formulas saved with their cached values (as Excel saves them), years and
dates as Excel dates, rich text, dropdowns, hyperlinks, 批注 and numbers stored as text."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from tests.variants.kit import WAN, Book, C, Sheet


def ge(v: float, unit: str = "%", digits: int = 0) -> C:
    """A value whose operator ≥ (and unit) live only in the number format."""
    return _fmt("≥", v, unit, digits)


def le(v: float, unit: str = "%", digits: int = 0) -> C:
    return _fmt("≤", v, unit, digits)


def eq(v: float, unit: str = "%", digits: int = 0) -> C:
    return _fmt("=", v, unit, digits)


def _fmt(op: str, v: float, unit: str, digits: int) -> C:
    num = "0" if not digits else "0." + "0" * digits
    tail = "%" if unit == "%" else f'"{unit}"'
    return C(v, f'"{op}"{num}{tail}')


def units(v: float, unit: str, digits: int = 0) -> C:
    """A bare quantity with its unit only in the format (``0"人次"``)."""
    num = "0" if not digits else "0." + "0" * digits
    return C(v, f'{num}"{unit}"')


def p1(v: float) -> C:
    """A percentage with one decimal (``0.0%``)."""
    return C(v, "0.0%")


def wan(v: float) -> C:
    return C(v, WAN)


def rich(*parts: str | tuple[str, str]) -> CellRichText:
    """Rich text: plain parts, or (text, "b") bold / (text, "r") red / (text, "br")."""
    out: list[Any] = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            text, style = p
            font = InlineFont(b="b" in style or None, color="FFFF0000" if "r" in style else None)
            out.append(TextBlock(font, text))
    return CellRichText(out)


@dataclass
class FBook(Book):
    """A book whose formulas are saved with their cached values (``<v>``), as Excel saves them."""

    cached: dict[tuple[str, str], float] = field(default_factory=dict)

    def fx(self, s: Sheet, ref: str, formula: str, value: float, fmt: str | None = WAN) -> None:
        cell = s.ws[ref]
        cell.value = formula
        cell.data_type = "f"
        if fmt:
            cell.number_format = fmt
        self.cached[(s.name, ref)] = value

    def save(self, path: Path) -> Path:
        super().save(path)
        if not self.cached:
            return path
        names = self.wb.sheetnames
        with zipfile.ZipFile(path) as z:
            files = {n: z.read(n) for n in z.namelist()}
        for (sheet, ref), value in self.cached.items():
            part = f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"
            xml = files[part].decode("utf-8")
            pat = re.compile(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>')
            xml, n = pat.subn(rf"\g<1><v>{value:g}</v>", xml)
            assert n == 1, (sheet, ref)
            files[part] = xml.encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in files.items():
                z.writestr(n, data)
        return path


def text_number(s: Sheet, ref: str) -> None:
    """A number typed with a leading apostrophe: stored as text, right-aligned (green triangle)."""
    cell = s.ws[ref]
    cell.value = str(cell.value)
    cell.data_type = "s"
    cell.quotePrefix = True
    cell.alignment = Alignment(horizontal="right")


def note(s: Sheet, ref: str, text: str, author: str = "财务科") -> None:
    s.ws[ref].comment = Comment(text, author)


def link(s: Sheet, ref: str, url: str) -> None:
    s.ws[ref].hyperlink = url
    s.ws[ref].style = "Hyperlink"


def dropdown(s: Sheet, cells: str, options: Sequence[str]) -> None:
    dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add(cells)


def blocks(s: Sheet, groups: Sequence[Sequence[Sequence[Any]]], merged: Sequence[int] = (1, 2),
           col: int = 1, gap: bool = True) -> list[int]:  # fmt: skip
    """Tier-1 blocks merged down, an empty row between blocks; returns the rows written."""
    rows: list[int] = []
    for i, g in enumerate(groups):
        if i and gap:
            s.skip()
        first = s.r + 1
        s.table(g, merged=merged, col=col)
        rows += list(range(first, s.r + 1))
    return rows


def footer(s: Sheet, unit: str, who: str, tel: str) -> None:
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{who}", f"联系电话：{tel}")
