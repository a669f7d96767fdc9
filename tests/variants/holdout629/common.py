"""Helpers shared by the returns of the 629th held-out set: a book with its first sheet, money
rows for one-year and multi-year heads, an indicator table under its header with tier-1 and
tier-2 merged down, note rows merged across the table, signature and date lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float, fmt: str = WAN) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        [None, None, "其他资金", other],
    ]


def period(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ["中期资金总额", mid[0], "年度资金总额", year[0]],
        ["其中：财政拨款", mid[1], "其中：财政拨款", year[1]],
        ["其他资金", mid[2], "其他资金", year[2]],
    ]


def header(s: Sheet, *words: Any) -> int:
    """The header row of an indicator table."""
    return s.row(*words)


def tiers(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows, tier-1 and tier-2 merged down (a None continues the block)."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    return s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
