"""Helpers shared by the returns of the 371st held-out set (Go and Chinese chess in schools and
community clubs): a book with its first sheet, money rows, indicator tables, notes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 16, 30, 18, 14, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Project money rows: (总额, 财政拨款, 其他资金) for the period and for the year; a plain
    number becomes a 万元 cell, a :class:`C` (e.g. a marked cell) is kept as it is."""
    labels = (("实施期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    rows = []
    for (lp, la), p, a in zip(labels, period, annual, strict=True):
        rows.append((lp, p if isinstance(p, C) else wan(p), la, a if isinstance(a, C) else wan(a)))
    return rows


def indicators(s: Sheet, header: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table: one or more header rows, then the rows with the tier columns in
    ``merged`` merged down over their blocks. Returns the last row written."""
    for h in header:
        s.row(*h, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date line under the table (a fill date may precede the budget year)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", when or day(YEAR - 1, 12, 9))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
