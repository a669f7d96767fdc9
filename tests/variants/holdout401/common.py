"""Helpers shared by the returns of the 401st held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 18, 30, 16, 16, 16)
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amt(value: Any, fmt: str = WAN) -> Any:
    """An amount with its unit in the number format (a marked cell is kept as it is)."""
    return value if isinstance(value, C) or value is None else money(value, fmt)


def year_money(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: total, 财政拨款, 其他资金."""
    return [
        ("年度资金总额", amt(total, fmt), "其中：财政拨款", amt(fiscal, fmt)),
        ("其他资金", amt(other, fmt), None, None),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    p, a = [amt(v) for v in period], [amt(v) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: Any) -> None:
    """The 填表人 · 联系电话 · 填报日期 line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)
