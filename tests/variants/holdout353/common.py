"""Helpers shared by the returns of the 353rd held-out set (栖岩县 fire-water upkeep)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

Y = 2025
DEPT = "栖岩县消防救援大队（417003）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def wan(v: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    t = total if isinstance(total, C) else wan(total)
    f = fiscal if isinstance(fiscal, C) else wan(fiscal)
    o = other if isinstance(other, C) else wan(other)
    return [("年度资金总额", t, "其中：财政拨款", f), ("其他资金", o, None, None)]


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year ``Y`` of the county fire brigade."""
    project_head(s, year=Y, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year ``Y``."""
    department_head(s, year=Y, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when or day(Y - 1, 11, 14))
