"""Helpers shared by the 473rd held-out set: books, money rows, indicator tables, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money, pct

YEAR = 2025
DEPT = "墨岭县文化和广电旅游体育局 318002"
WIDTHS = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(v, WAN)


def share(v: float) -> C:
    """A share typed as a percent with one decimal."""
    return pct(v, "0.0%")


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (label, value, label, value)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period(total: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", total[0], "年度资金总额", year[0]),
        ("其中：财政拨款", total[1], "其中：财政拨款", year[1]),
        ("其他资金", total[2], "其他资金", year[2]),
    ]


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """Signature line: 填报人, 联系电话, 填报日期."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
