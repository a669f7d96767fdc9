"""Helpers shared by the returns of the 831st held-out set (mental health services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS = ("一级指标", "二级指标", "三级指标")
WIDTHS = (14.0, 16.0, 30.0, 14.0, 14.0, 12.0)


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format; marked cells and None pass through."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fin)],
        [None, None, "其他资金", w(other)],
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", w(period[0]), "年度资金总额", w(annual[0])],
        ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])],
        ["其他资金", w(period[2]), "其他资金", w(annual[2])],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature, telephone and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
