"""Helpers shared by the returns of the 569th held-out set: a book with its first sheet, money
rows for the project and department heads, an indicator table under its header with tier-1 and
tier-2 merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, money

WIDTHS = (18, 18, 30, 18, 18, 18)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any, fmt: str = "0.00") -> Any:
    """An amount in a 万元 block: a number gets its number format, a marked cell passes."""
    if isinstance(value, C) or value is None or isinstance(value, str):
        return value
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额, then 财政拨款 and 其他资金."""
    return [
        ("年度资金总额", wan(total, fmt), None, None),
        ("其中：财政拨款", wan(fiscal, fmt), "其他资金", wan(other, fmt)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(lp, wan(p), la, wan(a)) for (lp, la), p, a in zip(labels, period, annual, strict=True)]


def budget(*amounts: Any) -> tuple[Any, ...]:
    """A department budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    return tuple(wan(a) for a in amounts)


def task(name: str, content: str, amount: Any, goal: str) -> tuple[Any, ...]:
    """A row of 年度主要任务 (the 金额合计 row too)."""
    return (name, content, wan(amount), goal)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any, head: str = "单位负责人") -> None:
    """The lines under the table: who filled it in, a phone, the date, and a signature."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
    s.row(f"{head}（签字）：", None, None, "（单位盖章）")
