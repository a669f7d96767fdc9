"""Pieces shared by the returns of the 40th held-out set: titles merged across a table that may
start in column B or C, signature lines, indicator headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, Sheet, day

Row = Sequence[Any]


def title(s: Sheet, text: str, first: int, last: int) -> int:
    """A title merged from column ``first`` to ``last``, the text in the anchor only."""
    r = s.row(text, col=first, merge=[(first, last)])
    s.ws.cell(r, first).alignment = Alignment(horizontal="center")
    return r


def sign(s: Sheet, col: int, filled: Any, *, who: str, checker: str, phone: str) -> None:
    """The lines under a table: 填表人, 审核人, 联系电话, then 填报日期 with a date cell."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)


def filled_on(y: int, m: int, d: int) -> Any:
    return day(y, m, d, CN_DATE)
