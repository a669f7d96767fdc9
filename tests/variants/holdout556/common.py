"""Helpers shared by the returns of the 556th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
LABEL = ("一级指标", "二级指标", "三级指标", "指标值")


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (万元 in the number format)."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        (None, None, "其他资金", money(other, WAN)),
    ]


def project(
    s: Sheet, name: str, unit: str, funds: Sequence[Sequence[Any]], goals: Sequence[Any], **kw: Any
) -> None:
    """A project head of the set's county education bureau."""
    project_head(
        s,
        year=kw.pop("year", YEAR),
        name=name,
        dept="岑埠县教育局（318）",
        unit=unit,
        money=funds,
        goals=goals,
        **kw,
    )


def department(
    s: Sheet,
    budget: Sequence[Sequence[Any]],
    goal: Any,
    tasks: Sequence[Sequence[Any]] = (),
    **kw: Any,
) -> None:
    """A department head of the set's county education bureau."""
    department_head(
        s,
        year=YEAR,
        dept=kw.pop("dept", "岑埠县教育局"),
        budget=budget,
        goal=goal,
        tasks=tasks,
        **kw,
    )


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a return."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
