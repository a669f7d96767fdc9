"""Helpers shared by the returns of the 637th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (14, 16, 30, 16, 16, 16, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元, the unit carried by the number format only."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
