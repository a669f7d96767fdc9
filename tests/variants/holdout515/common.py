"""Helpers shared by the returns of the 515th held-out set (Tibetan and Mongolian medicine
clinics in township hospitals): a book with its first sheet, money rows, indicator tables with
tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

WIDTHS = (14, 16, 30, 14, 14, 14, 12)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (label, value, label, value)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other)]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, fiscal, other) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a)
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header; tier columns in ``merged`` are merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
