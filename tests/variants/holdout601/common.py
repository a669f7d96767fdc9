"""Helpers shared by the returns of the 601st held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header (tier-1 and tier-2 merged down),
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

WIDE = (16, 18, 30, 18, 18, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{labels[i]}", period[i], f"年度{labels[i]}", annual[i]) for i in range(3)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The indicator table: its header row, then the rows with tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
