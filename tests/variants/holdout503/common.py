"""Helpers shared by the returns of the 503rd held-out set (lusheng and bronze drum ensembles):
a book with its first sheet, money rows in 万元, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "岑垌县"
WIDE = (14, 16, 30, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", total if isinstance(total, C) else wan(total), "其中：财政拨款",
         fiscal if isinstance(fiscal, C) else wan(fiscal)],
        ["其他资金", other if isinstance(other, C) else wan(other), None, None],
    ]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[i]}" if i == 0 else labels[i], wan(period[i]),
         f"年度{labels[i]}" if i == 0 else labels[i], wan(annual[i])]
        for i in range(3)
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, year: int = YEAR) -> None:
    """A signature line and a fill date in the autumn before the budget year."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", day(year - 1, 10, 28))
