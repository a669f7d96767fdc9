"""Helpers shared by the returns of the 572nd held-out set (salted and preserved egg workshops)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(title: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A return whose first sheet opens with a project head (§3.1)."""
    b, s = book(title)
    project_head(s, **kw)
    return b, s


def department(title: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A return whose first sheet opens with a department head (§3.2)."""
    b, s = book(title)
    department_head(s, **kw)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填表人：{person}", None, f"联系电话：{phone}", None, "填报日期", filled)


def wan(value: float) -> C:
    """An amount with 万元 only in its number format."""
    return money(value, WAN)
