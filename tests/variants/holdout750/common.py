"""Helpers shared by the 750th held-out set (澄岩市教育局, all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

CITY = "澄岩市"
BUREAU = "澄岩市教育局（218001）"
WIDTHS = (14, 14, 32, 14, 16, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def funds(total: float, fiscal: float, other: float = 0) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", filled)
