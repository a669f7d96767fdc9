"""Helpers shared by the 821st held-out returns (forest fire prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "栎坪县林业局（代码 217003）"
WIDTHS = (16, 16, 30, 18, 14, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """Money rows of a project head: (total, 财政拨款, 其他资金) for the period and the year;
    plain numbers become 万元 cells."""
    year = annual if annual is not None else period
    cells = [[v if isinstance(v, C) else wan(v) for v in part] for part in (period, year)]
    return [
        ["中期资金总额", cells[0][0], "年度资金总额", cells[1][0]],
        ["其中：财政拨款", cells[0][1], "其中：财政拨款", cells[1][1]],
        ["其他资金", cells[0][2], "其他资金", cells[1][2]],
    ]


def header(s: Sheet, *labels: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*labels)


def tiers(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """Indicator rows under their header, tier-1 and tier-2 merged down."""
    return s.table(rows, merged=(1, 2), col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str, m: int = 11, d: int = 18) -> None:
    """Signature and date lines: filled in the autumn before the budget year."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", day(year - 1, m, d))
