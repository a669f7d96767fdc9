"""Helpers shared by the 753rd held-out set (柘岭市商务局: logistics, vouchers, 老字号)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "柘岭市商务局（118）"
NAT = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def project(year: int, name: str, unit: str, lines: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a project head of the bureau."""
    b, s = start(kw.pop("sheet", "Sheet1"))
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=lines, goals=goals, **kw)
    return b, s


def department(year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a department head."""
    b, s = start()
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*filled))
