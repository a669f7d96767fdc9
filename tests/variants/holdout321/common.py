"""Helpers shared by the 321st held-out set: a book with its first sheet, money rows in 万元
(the unit only in the number format), indicator tables under their header with tier-1 and tier-2
merged down, note rows across the table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = tuple[Any, ...]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format; text and cells pass as given."""
    if isinstance(value, (C, str)) or value is None:
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """Money rows of a one-year project: 年度资金总额 and its two sources."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[Row]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def budget(*amounts: Any) -> Row:
    """A department budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元."""
    return tuple(wan(a) for a in amounts)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or stamp line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature line under a return: who filled it, a phone number and the date."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
