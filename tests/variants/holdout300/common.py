"""Helpers shared by the returns of the 300th held-out set (drug, vaccine and cosmetics
regulation): a book with its first sheet, money rows for the project head, an indicator table
under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
WIDTHS = (16, 18, 32, 14, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format; a marked ``C`` passes as is."""
    return money(value, WAN) if isinstance(value, int | float) else value


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: total and 财政拨款, then 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any = None, head: str = "单位负责人：") -> None:
    """A blank line, then the signature line with the fill date (by default in the year before)."""
    s.skip()
    when = date or day(YEAR - 1, 11, 26)
    s.row(head, None, f"填报人：{who}", f"联系电话：{phone}", "填报日期", when)
