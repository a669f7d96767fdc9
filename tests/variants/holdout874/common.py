"""Helpers shared by the returns of the 874th held-out set (flood control)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

WIDTHS = (16, 16, 30, 18, 16, 16)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """Signature and date line under the table, after a blank row."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled)
