"""Helpers shared by the returns of the 617th held-out set (pepper and vanilla plantations, a
macadamia cracking line): a book with its first sheet, money rows, indicator tables with tier-1
and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (14, 16, 30, 16, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        (None, None, "其他资金", other),
    ]


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", year[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
        ("其他资金", period[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: tuple[int, int, int]) -> int:
    """The signature line under a table: 填报人, 联系电话, 填报日期 (a date cell)."""
    s.skip()
    return s.row(
        f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*date, CN_DATE)
    )
