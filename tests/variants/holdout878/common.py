"""Helpers shared by the returns of the 878th held-out set (home-based elderly care, meal
assistance and day-care centres): a book with its first sheet, money rows, an indicator table
under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

ROWS = Sequence[Sequence[Any]]


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marks pass through)."""
    return value if not isinstance(value, int | float) else money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(other)),
    ]


def period_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, year, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: ROWS, merged: Sequence[int] = (1, 2)) -> int:
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, filled: tuple[int, int, int]) -> int:
    """The signature and date line under a table."""
    return s.row(f"单位负责人：{head}", None, f"填表人：{filler}", f"联系电话：{phone}",
                 "填报日期", day(*filled))  # fmt: skip
