"""Helpers shared by the returns of the 859th held-out set (elderly meal assistance)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

TIERS = ("一级指标", "二级指标", "三级指标")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fiscal: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", money(total, fmt), "其中：财政拨款", money(fiscal, fmt)],
            ["其他资金", money(other, fmt), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    cells = [[v if not isinstance(v, int | float) else money(v, fmt) for v in col]
             for col in (period, annual)]  # fmt: skip
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, cells[0][i], b, cells[1][i]] for i, (a, b) in enumerate(labels)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """The signature line under the table: 填报人, 联系电话, 填报日期 (a date cell)."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)


def filled(y: int, m: int, d: int) -> Any:
    return day(y, m, d)
