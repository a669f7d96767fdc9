"""Helpers shared by the returns of the 190th held-out set."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import Book, Sheet, day

YEAR = 2026


def new_sheet(title: str = "Sheet1") -> tuple[Book, Sheet]:
    book = Book()
    return book, book.sheet(title, widths=(14, 16, 30, 18, 18, 14))


def head_row(s: Sheet, *labels: Any) -> int:
    """The header row of the indicator table."""
    return s.row(*labels)


def sign_off(s: Sheet, *, person: str, phone: str, year: int = YEAR) -> None:
    """The signature lines staff leave under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填报人：", person, "联系电话：", phone)
    s.row("填报日期：", day(year - 1, 10, 16))


def footnotes(s: Sheet, *lines: str) -> None:
    for text in lines:
        s.row(text, merge=[(1, 6)])


def dup_money(total: Any, fin: float, other: float, county: float) -> list[tuple[Any, ...]]:
    """A one-year 资金来源 block: 资金总额, 财政拨款, 其他资金（含县级配套）and a 县级配套 line."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fin),
        ("其他资金（含县级配套）", other, "县级配套资金", county),
    ]
