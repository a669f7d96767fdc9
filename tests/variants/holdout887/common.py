"""Helpers shared by the returns of the 887th held-out set (urban bus subsidies and new-energy
bus replacement): a book with its first sheet, money in 万元 by number format, indicator tables
with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, p, b, y] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the listed columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, people: str, when: Any, width: int = 6) -> None:
    """Signature line and a date line under the table."""
    s.skip()
    s.row(people, merge=[(1, width)])
    s.row("填报日期", when)
