"""Helpers shared by the returns of the 809th held-out set (emergency medical services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

CITY = "岑川市"
DEPT = "岑川市卫生健康委员会（418002）"
TIER4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(v: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(v, WAN)


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def project(s: Sheet, year: int, name: str, unit: str, cash: Any, goals: Any, **kw: Any) -> None:
    """A project head under the city health commission."""
    project_head(
        s, year=year, name=name, dept=kw.pop("dept", DEPT), unit=unit, money=cash, goals=goals, **kw
    )


def department(s: Sheet, year: int, dept: str, budget: Any, goal: Any, tasks: Any) -> None:
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)


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


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
