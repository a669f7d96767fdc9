"""Helpers shared by the returns of the 570th held-out set (dragon fruit and pineapples)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (14, 18, 30, 14, 16, 14, 12)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def m(value: float, fmt: str = WAN) -> C:
    """An amount with its unit only in the number format."""
    return money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows of a project head: 中期 (or whole) and 年度 columns, each split into
    财政拨款 and 其他资金; ``annual`` repeats the period figures when left empty."""
    a = list(annual) or [total, fiscal, other]
    return [
        ["中期资金总额", total, "年度资金总额", a[0]],
        ["其中：财政拨款", fiscal, "其中：财政拨款", a[1]],
        ["其他资金", other, "其他资金", a[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 注 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a table: 填报人, 联系电话 and 填报日期."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
