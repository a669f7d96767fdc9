"""Helpers shared by the returns of the 408th held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header with tier-1 and tier-2 merged
down, notes under or inside a table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 18, 18, 18)
NAT = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in its number format; a cell already built stays as it is."""
    return money(value, WAN) if isinstance(value, int | float) else value


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C) -> int:
    """The signature line under a return: 填报人, 联系电话, 填报日期."""
    return s.row("填报人", who, "联系电话", phone, "填报日期", when)
