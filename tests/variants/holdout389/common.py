"""Helpers shared by the returns of the 389th held-out set (clock and watch repair workshops and
horological heritage): a book with its first sheet, money rows, indicator tables, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
CITY = "澄岭市"
CULTURE = "澄岭市文化广电和旅游局（代码 317）"
SKILLS = "澄岭市人力资源和社会保障局（代码 208）"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 16, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lb}" if i == 0 else lb, wan(p), f"年度{lb}" if i == 0 else lb, wan(a))
            for i, (lb, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(s: Sheet, *, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year ``YEAR`` (keywords as ``heads.project_head``)."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=dept, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, *, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               **kw: Any) -> None:  # fmt: skip
    """A department head for the budget year ``YEAR`` (keywords as ``heads.department_head``)."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table: its header row, then the rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Lines of text merged across the table (注, 说明, 填表说明)."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a return: 填报人, phone and the fill date as a date cell."""
    s.row("填报人", who, "联系电话", phone, "填报日期", when)
