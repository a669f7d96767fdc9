"""Helpers shared by the returns of the 838th held-out set (science popularization)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
W6 = (14, 16, 30, 16, 16, 14)
TIERS = ("一级指标", "二级指标", "三级指标")


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def periods(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [["中期资金总额", mid[0], "年度资金总额", year[0]],
            ["其中：财政拨款", mid[1], "其中：财政拨款", year[1]],
            ["其他资金", mid[2], "其他资金", year[2]]]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", date)
