"""Helpers shared by the returns of the 315th held-out set (rural biogas and household
renewable energy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDTHS = (18, 16, 30, 16, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(x, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, person: str, phone: str, date: C | None = None) -> None:
    """Signature and date lines under the table (a fill date before the budget year is usual)."""
    s.skip()
    s.row("单位负责人：", head, "填报人：", person, "联系电话：", phone)
    s.row("填报日期：", date or day(YEAR - 1, 11, 26))
