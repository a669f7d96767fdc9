"""Helpers shared by the 485th held-out set: a book with its first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, stacked projects, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (14, 16, 30, 16, 14, 14, 14, 14, 12, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (marks kept)."""
    if isinstance(value, C):
        return replace(value, fmt=WAN)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, *, split: str = "其中：财政拨款",
             rest: str = "其他资金") -> list[list[Any]]:  # fmt: skip
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), split, wan(fiscal)], [rest, wan(other), None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def stacked(s: Sheet, *, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str,
            rows: Sequence[Sequence[Any]], first: bool, dept: str) -> None:  # fmt: skip
    """One project of several in a sheet: head block, then its own indicator table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, HEAD, rows)


def footer(s: Sheet, notes: Sequence[str], person: str, phone: str, filled: Any = None) -> None:
    """Notes under the table, then the signature and date line."""
    for text in notes:
        s.row(text, merge=[(1, 6)])
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", "单位负责人（签字）：", "填报日期",
          filled or day(YEAR - 1, 11, 26))  # fmt: skip
