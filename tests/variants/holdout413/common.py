"""Helpers shared by the returns of the 413th held-out set: coffee (咖啡) growing and processing
support in the invented tropical county 椰湾县, budget year 2025."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
AGRI = "椰湾县农业农村局（305）"
INDUSTRY = "椰湾县工业和信息化局（311）"
WIDTHS = (14, 16, 30, 14, 16, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: Any) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return x if isinstance(x, C) else money(x, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], dept: str = AGRI, **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: Any) -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)
