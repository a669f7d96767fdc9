"""Helpers shared by the returns of the 549th held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDTHS = (16, 18, 30, 16, 16, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell is kept)."""
    if isinstance(value, (C, str)):
        return value
    return money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (total, fiscal, other) for the period and for the year."""
    year = annual or period
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    firsts = ("中期资金总额", "其中：财政拨款", "其他资金")
    return [
        (firsts[i], wan(period[i]), labels[i] if i else "年度资金总额", wan(year[i]))
        for i in range(3)
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under the table (filled in the year before the budget)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 18))


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block (项目 · 金额（万元）) closed by its 合计 row."""
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for label, value in lines:
        s.row(None, label, None, wan(value), merge=[(2, 3)])
    s.row(None, "合计", None, wan(total), merge=[(2, 3)])
