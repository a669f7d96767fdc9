"""Helpers shared by the 871st held-out set's returns (cultural heritage)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 18, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, then its two sources."""
    w = [v if isinstance(v, C) else wan(v) for v in (total, fiscal, other)]
    return [("年度资金总额", w[0], "其中：财政拨款", w[1]), ("其他资金", w[2], None, None)]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: 中期 (total, fiscal, other) in columns 2–3,
    年度 in columns 4–5."""
    pw = [v if isinstance(v, C) else wan(v) for v in p]
    aw = [v if isinstance(v, C) else wan(v) for v in a]
    return [
        ("中期资金总额", pw[0], "年度资金总额", aw[0]),
        ("其中：财政拨款", pw[1], "其中：财政拨款", aw[1]),
        ("其他资金", pw[2], "其他资金", aw[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报人：", "（签字）", None, "填报日期：", filled)
