"""Helpers shared by the returns of the 399th held-out set (eye care and myopia prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project(
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    *,
    sheet: str = "Sheet1",
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(
        s,
        year=kw.pop("year", YEAR),
        name=name,
        dept=dept,
        unit=unit,
        money=money_rows,
        goals=goals,
        **kw,
    )
    return b, s


def department(
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
    *,
    sheet: str = "部门整体",
) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def annual_money(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (fill date in the year before the budget)."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 11, 18), None, "（单位盖章）")
