"""Helpers shared by the returns of the 586th held-out set (mung beans, taro, bean paste)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

WIDE = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", wrap(total, fmt), "其中：财政拨款", wrap(fiscal, fmt)),
        (None, None, "其他资金", wrap(other, fmt)),
    ]


def wrap(value: Any, fmt: str) -> Any:
    """A bare number becomes a money cell; a marked cell is kept as written."""
    return money(value, fmt) if isinstance(value, int | float) else value


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
