"""Helpers shared by the returns of the 702nd held-out set: a book with its first sheet, money
rows in 万元 (unit in the number format), project heads for the budget year, indicator tables
with tier-1 and tier-2 merged down, two-row headers, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDE = (18, 20, 32, 16, 16, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked cell is kept)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: the total, then 财政拨款 and 其他资金."""
    return [["年度资金总额", wan(total), None, None],
            ["其中：财政拨款", wan(fiscal), "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, dept: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], years: int = 1, **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year ``YEAR``."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money, goals=goals,
                 years=years, **kw)  # fmt: skip


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any], span: tuple[int, int],
                   ) -> None:  # fmt: skip
    """A two-row header: ``top`` with the value heading merged over ``span``, ``bottom`` with
    the period words under it; the other heading cells merged down over both rows."""
    s.row(*top, merge=[span])
    s.row(*bottom)
    for c in range(1, len(top) + 1):
        if not span[0] <= c <= span[1]:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A signature line: 填报人, 联系电话, 填报日期."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
