"""Pieces the returns of the 99th held-out set share: indicator table headers, signature lines
and notes under a table, written the way offices leave them."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet


def header(s: Sheet, *labels: Any) -> int:
    """One header row of an indicator table."""
    return s.row(*labels)


def note(s: Sheet, text: str, width: int) -> int:
    """A line of text merged across the table (注, 填表说明)."""
    r = s.row(text, merge=[(1, width)])
    s.ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def signature(s: Sheet, who: str, phone: str, checker: str = "") -> int:
    """The signature line offices leave under a table."""
    s.skip()
    return s.row("填报人：", who, "审核人：", checker or None, "联系电话：", phone)


def filled_on(s: Sheet, text: str) -> int:
    """A 填报日期 line as text, the way offices type it."""
    return s.row("填报日期：", text)
