"""Helpers shared by the 673rd held-out set: books, money rows, indicator tables, notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (marks kept)."""
    if isinstance(value, C):
        return replace(value, fmt=WAN)
    if isinstance(value, int | float):
        return money(value, WAN)
    return value


def two_columns(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows (中期 | 年度): each of (总额, 财政拨款, 其他资金)."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    heads = ("中期资金总额", "年度资金总额")
    rows = []
    for i, label in enumerate(labels):
        left = heads[0] if i == 0 else label
        right = heads[1] if i == 0 else label
        rows.append([left, w(period[i]), right, w(annual[i])])
    return rows


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 中期 and 年度 the same."""
    return two_columns((total, fiscal, other), (total, fiscal, other))


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnotes or instructions, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """A signature line with a date cell."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
