"""Pieces the returns of the 101st held-out set share: merged text lines and the signature
lines county offices leave under their tables."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet


def line(s: Sheet, text: Any, width: int = 6) -> int:
    """A line of text merged across the table (注, 填报说明)."""
    r = s.row(text, merge=[(1, width)])
    s.ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def sign(s: Sheet, who: str, phone: str, when: str) -> None:
    """The signature line under the table, as offices leave it."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{when}", None,
          merge=[(1, 2), (3, 4), (5, 6)])  # fmt: skip
