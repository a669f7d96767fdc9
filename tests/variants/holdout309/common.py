"""Helpers shared by the returns of the 309th held-out set (nature reserves, national parks and
wildlife protection): a book with its first sheet, money rows, indicator tables with tier-1 and
tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (18, 20, 30, 14, 14, 14)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["中期财政拨款", wan(period[1]), "年度财政拨款", wan(annual[1])],
        ["中期其他资金", wan(period[2]), "年度其他资金", wan(annual[2])],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnotes, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a return (filled in the year before the budget)."""
    s.skip()
    s.row(
        f"填报人：{who}",
        None,
        f"联系电话：{phone}",
        None,
        "填报日期：",
        when or day(YEAR - 1, 11, 26),
        merge=[(1, 2), (3, 4)],
    )
