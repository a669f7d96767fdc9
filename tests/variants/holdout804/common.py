"""Helpers shared by the returns of the 804th held-out set: books with their first sheet and
head block, money cells in 万元, indicator tables with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project_book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS,
                 **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS,
                    **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def two_row_header(s: Sheet, first: Sequence[Any], second: Sequence[Any],
                   span: tuple[int, int]) -> None:  # fmt: skip
    """A header over two rows: ``span`` columns share one top cell, the others merge down."""
    s.row(*first, merge=[span])
    s.row(*second)
    for c in range(1, len(first) + 1):
        if not span[0] <= c <= span[1]:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """The signature line under a return: who filled it, a phone number and the date."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)
