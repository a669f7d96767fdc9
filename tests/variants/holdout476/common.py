"""Helpers shared by the returns of the 476th held-out set (cloisonné workshops, apprentices)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDE = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a project head: 资金总额 with 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)],
        [None, None, "其他资金", _m(other, fmt)],
    ]


def _m(v: Any, fmt: str) -> Any:
    return v if isinstance(v, C) else money(v, fmt)


def period_funds(mid: Any, annual: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a multi-year head: 中期 and 年度 totals, the year split by source."""
    return [
        ["中期资金总额", mid, "年度资金总额", annual],
        [None, None, "其中：财政拨款", fiscal],
        [None, None, "其他资金", other],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date line under a table (filled late in the year before the budget)."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 12, 8))
