"""Helpers shared by the returns of the 872nd held-out set (waste sorting)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

W6 = (16, 16, 30, 18, 18, 18)
W8 = (16, 10, 16, 28, 16, 10, 12, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """A number becomes an amount with 万元 in its number format; marked cells stay as they are."""
    return money(v, WAN) if isinstance(v, (int, float)) and not isinstance(v, C) else v


def funds(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
            (None, None, "其他资金", wan(other))]  # fmt: skip


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (total, 财政拨款, 其他资金) for the period and for the year."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, year, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a table."""
    s.row("填表人", who, "联系电话", phone, "填报日期", when)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A budget detail block (明细 and 合计, 万元) under the indicator table."""
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, wan(amount), merge=[(2, 3)])
    s.row(None, "合计", None, wan(total), merge=[(2, 3)])
