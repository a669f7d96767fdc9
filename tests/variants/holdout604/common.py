"""Helpers shared by the returns of the 604th held-out set (snails, mealworms, forest frogs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDE = (16, 18, 30, 16, 16, 16)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell keeps its marks)."""
    if isinstance(value, C):
        return value if value.fmt else C(value.value, WAN, value.marks)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (("中期" if i == 0 else "") + labels[i], w(p), ("年度" if i == 0 else "") + labels[i], w(a))
        for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> None:
    """A blank line, then the signature and fill-date line (a date cell)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*filled))
