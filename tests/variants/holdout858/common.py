"""Helpers shared by the returns of the 858th held-out set (legal aid): a book with its first
sheet, money rows for the project head, an indicator table with tier-1 and tier-2 merged down,
notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, day, money

WIDE = (16, 18, 32, 18, 16, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell (a value already wrapped in ``C`` is kept as it is)."""
    return v if isinstance(v, C) else money(v, fmt)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[list[Any]]:
    """A one-year money block: 年度资金总额, 其中：财政拨款, 其他资金."""
    return [["年度资金总额", cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)],
            ["其他资金", cash(other, fmt), None, None]]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (total, fiscal, other) for 中期 and for the year."""
    return [["中期资金总额", cash(period[0]), "年度资金总额", cash(annual[0])],
            ["其中：财政拨款", cash(period[1]), "其中：财政拨款", cash(annual[1])],
            ["其他资金", cash(period[2]), "其他资金", cash(annual[2])]]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signed(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line: 填报人, 联系电话, 填报日期 (a date cell)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def filled(y: int, m: int, d: int) -> C:
    """A fill date as a date cell shown the Chinese way."""
    return day(y, m, d, 'yyyy"年"m"月"d"日"')
