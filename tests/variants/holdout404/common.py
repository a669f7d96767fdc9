"""Helpers shared by the returns of the 404th held-out set (straw weaving and women's craft
cooperatives): books, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "蒲川县妇女联合会 402011"
WIDE = (16, 18, 30, 14, 16, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(total: Any, fiscal: Any, other: Any, label: str = "年度资金总额") -> list[tuple[Any, ...]]:
    """One-year money rows in 万元 (unit in the number format): 总额, 财政拨款, 其他资金."""
    return [
        (label, w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (text and marked cells pass through)."""
    return money(value, WAN) if isinstance(value, int | float) else value


def span_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{lab}" if i == 0 else lab, w(p), f"年度{lab}" if i == 0 else lab, w(a))
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, "填表人：", "莫秋禾", "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 12, 12))
