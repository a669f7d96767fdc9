"""Helpers shared by the returns of the 852nd held-out set (food safety supervision)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (18, 18, 30, 16, 14, 14, 14, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes through)."""
    if isinstance(v, C) or v is None:
        return v
    return money(v, WAN)


def one_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """The signature line: 填报人, 联系电话, 填报日期."""
    s.row("填报人", who, "联系电话", phone, "填报日期", date)
