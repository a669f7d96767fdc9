"""Helpers shared by the returns of the 453rd held-out set (cocoa trials and processing on
tropical state farms): a book with its first sheet, money rows, indicator tables with tier-1
and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDTHS = (18, 18, 30, 18, 18, 18)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format (a ``C`` passes through unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{labels[0]}" if i == 0 else labels[i], wan(p), f"年度{labels[0]}" if i == 0
         else labels[i], wan(a)) for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None, checker: str = "") -> None:
    """Signature and date lines under the table (the fill date a date cell)."""
    s.skip()
    s.row("单位负责人（签字）：", checker or None, None, "填报人：", person)
    s.row("联系电话：", phone, None, "填报日期：", filled or day(YEAR - 1, 11, 24, CN_DATE))
