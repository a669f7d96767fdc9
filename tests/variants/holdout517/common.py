"""Helpers shared by the returns of the 517th held-out set (under-forest 天麻 and 三七)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

WIDE = (16, 18, 30, 16, 16, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head: total, then its two sources."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, p, b_, y] for (a, b_), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", head, "填报人：", filler, "联系电话：", phone)
    s.row("填报日期：", when or day(2024, 12, 10, CN_DATE))
