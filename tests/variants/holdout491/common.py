"""Helpers shared by the returns of the 491st held-out set (rabies prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025


def w(v: Any) -> Any:
    """A number as an amount in 万元 carried by the number format; anything else unchanged."""
    return money(v, WAN) if isinstance(v, (int, float)) else v


def funds(total: Any, fiscal: Any, other: Any, other_label: str = "其他资金") -> list[list[Any]]:
    """The money block of a one-year project: one total with its split."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
            [None, None, other_label, w(other)]]  # fmt: skip


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        first = "中期" + label if i == 0 else label
        second = "年度" + label if i == 0 else label
        rows.append([first, w(period[i]), second, w(annual[i])])
    return rows


def project_book(sheet: str, **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return b, s


def department_book(sheet: str, **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: C) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
