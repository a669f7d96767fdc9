"""Pieces shared by the returns of the sixteenth held-out set: the unit stated in a line of the
head, the project head's first lines, indicator headers, signature and footnote lines, and what
senders leave behind (comments, sheet protection, hidden template rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.comments import Comment

from tests.variants.kit import Sheet

WAN_LINE = "金额单位：万元"
YUAN_LINE = "金额单位：元"
AMOUNT = "#,##0.00"


def unit_line(s: Sheet, text: str, width: int, col: int = 1) -> int:
    """The unit written once, right-aligned above the table, instead of in the cells."""
    return s.row(*([None] * (width - 1)), text, col=col)


def title(s: Sheet, text: str, width: int, col: int = 1) -> int:
    """A title merged across the table from ``col``."""
    return s.row(text, col=col, merge=[(col, col + width - 1)])


def project_lines(s: Sheet, rows: Sequence[tuple[Any, Any, Any, Any]], col: int = 1) -> None:
    """Key/value lines of a project head: (label, value, label, value) over six columns."""
    for a, b, c, d in rows:
        s.row(a, b, None, c, d, None, col=col, merge=[(col + 1, col + 2), (col + 4, col + 5)])


def signature(s: Sheet, who: str, checker: str, phone: str, filled: Any, col: int = 1) -> None:
    s.skip()
    s.row(
        f"填表人：{who}",
        None,
        f"审核人：{checker}",
        f"联系电话：{phone}",
        "填报日期：",
        filled,
        col=col,
    )


def notes(s: Sheet, lines: Sequence[str], width: int, col: int = 1) -> None:
    for line in lines:
        s.row(line, col=col, merge=[(col, col + width - 1)])


def comment(s: Sheet, cell: str, text: str, author: str = "财务股") -> None:
    """A comment the sender left on a cell."""
    s.ws[cell].comment = Comment(text, author)


def protect(s: Sheet) -> None:
    """The sheet protected as the sender's template came (no password to open the file)."""
    s.ws.protection.sheet = True
    s.ws.protection.password = "2026"


def hide(s: Sheet, *rows: int) -> None:
    for r in rows:
        s.ws.row_dimensions[r].hidden = True
