"""Helpers shared by the returns of the 456th held-out set (salt-lake protection and brine-shrimp
monitoring): books, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

WIDTHS = (16, 18, 30, 16, 16, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额, 财政拨款, 其他资金."""
    return [
        ("年度资金总额", total if not isinstance(total, int | float) else wan(total),
         "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    p = [wan(v) for v in period]
    a = [v if not isinstance(v, int | float) else wan(v) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note line (注 / 说明 / 填表说明) merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> int:
    """Signature and date line under the table."""
    s.skip()
    return s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(*when))
