"""Helpers shared by the returns of the 280th held-out set (the Red Cross and charity): a book
with its first sheet, money rows for project heads, a department head for the budget year, an
indicator table under its header with tier-1 and tier-2 merged down, notes, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 18, 30, 16, 16, 14, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell, unless it is already a cell (a mark, a text artefact)."""
    if value is None or isinstance(value, (C, str)):
        return value
    return money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[list[Any]]:
    """Money rows of a one-year project head: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)],
        ["其他资金", cash(other, fmt), None, None],
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [left, cash(p), right, cash(a)]
        for (left, right), p, a in zip(labels, period, annual, strict=True)
    ]


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], tasks: Sequence[
        Sequence[Any]], goal: str, filled: Any = None) -> None:  # fmt: skip
    """A department head of the budget year; task amounts become number cells."""
    rows = [[cash(v) for v in line] for line in budget]
    work = [[name, what, cash(amount), aim] for name, what, amount, aim in tasks]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=work, filled=filled)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               merged: Sequence[int] = (1, 2), second: Sequence[Any] = ()) -> int:  # fmt: skip
    """An indicator table under its header (two rows when ``second`` is given: the columns
    with None in the second row are merged down over both), tier columns merged down."""
    top = s.row(*header)
    if second:
        s.row(*second)
        for i, (a, b) in enumerate(zip(header, second, strict=False), start=1):
            if a is not None and b is None:
                s.ws.merge_cells(start_row=top, start_column=i, end_row=top + 1, end_column=i)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, when: Any = None) -> int:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.row("单位负责人：", head, "填报人：", filler, "联系电话：", phone)
    return s.row("填报日期：", when or day(YEAR - 1, 12, 9, CN_DATE))
