"""Helpers shared by the returns of the 350th held-out set (coral reefs and marine ranches)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "汐澳市海洋与渔业局（408）"
WIDTHS = (16, 16, 30, 18, 18, 18, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """One-year money rows: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        [
            "年度资金总额",
            total if isinstance(total, C) else wan(total),
            "其中：财政拨款",
            wan(fiscal),
        ],
        ["其他资金", wan(other), None, None],
    ]


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any], **kw: Any
) -> None:
    """The project head of §3.1 for the set's budget year and bureau."""
    kw.setdefault("dept", BUREAU)
    project_head(s, year=YEAR, name=name, unit=unit, money=rows, goals=goals, **kw)


def department(
    s: Sheet,
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
) -> None:
    """The department head of §3.2 for the set's budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any = None) -> None:
    """A signature line: 填表人, 联系电话 and 填报日期 (a date cell)."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 12, 9))
