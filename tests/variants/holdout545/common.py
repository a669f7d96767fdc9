"""Helpers shared by the returns of the 545th held-out set (蓑衣 and 竹炭 cooperatives)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDTHS = (16, 18, 30, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(value: Any, fmt: str = WAN) -> Any:
    """An amount cell: a bare number gets ``fmt``; a marked cell or text stays as given."""
    if isinstance(value, (C, str)) or value is None:
        return value
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", amount(total, fmt), "其中：财政拨款", amount(fiscal, fmt)),
        (None, None, "其他资金", amount(other, fmt)),
    ]


def period_money(
    period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN
) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (total, fiscal, other) for the period, then the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{lab}", amount(p, fmt), f"年度{lab}", amount(a, fmt))
        for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 12, 10))


def detail(s: Sheet, head: str, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A budget detail block: one line per item, then the 合计 line."""
    s.skip()
    s.row(head, None, "金额（万元）", merge=[(1, 2)])
    for name, value in lines:
        s.row(name, None, amount(value), merge=[(1, 2)])
    s.row("合计", None, amount(total), merge=[(1, 2)])
