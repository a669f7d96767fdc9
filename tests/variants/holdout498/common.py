"""Helpers shared by the 498th held-out returns: books, money rows, indicator tables, notes and
signature lines, built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
WIDE = (16, 16, 30, 18, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", fiscal, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def header(s: Sheet, *words: str) -> int:
    """The header row of an indicator table."""
    return s.row(*words)


def table(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any = None) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone)
    return s.row("单位负责人（签字）：", None, "填报日期：", when or day(YEAR - 1, 11, 26))
