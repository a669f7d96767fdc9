"""Helpers the returns of the 802nd held-out set share: a book with its first sheet, money rows
for the project head, an indicator table under its header with tier-1 and tier-2 merged down,
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    t, f, o = (v if isinstance(v, C) else wan(v) for v in (total, fiscal, other))
    return [("资金总额", t, "其中：财政拨款", f), ("其他资金", o, None, None)]


def period_funds(whole: Sequence[float], year: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(w), b, wan(y)) for (a, b), w, y in zip(labels, whole, year, strict=True)]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row(f"单位负责人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
