"""Helpers shared by the 544th held-out set (Chinese yam planting bases and rural e-commerce):
a book with its first sheet, money rows in 万元, project and department heads with the set's
invented units, an indicator table under its header with tier-1 and tier-2 merged down, notes
and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
AGRI = "柘塘县农业农村局（418001）"
TRADE = "柘塘县商务和经济信息化局（418006）"
WIDE = (16, 16, 30, 16, 16, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """One-year money rows: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("", None, "其他资金", other),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Multi-year money rows: (total, fiscal, other) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the set's year and department unless told otherwise."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", AGRI)
    project_head(s, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the set's year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明), each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date,
          merge=[(1, 2), (3, 4)])  # fmt: skip
