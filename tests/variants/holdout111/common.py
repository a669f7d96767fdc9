"""Shared pieces of the 111th held-out corpus: a one-sheet project return and money rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money


def wan(v: float) -> Any:
    return money(v, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """(总额, 财政拨款, 其他资金) for the 中期 and the 年度 columns."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def project(
    *,
    year: int,
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    years: int = 1,
    attr: str = "延续项目",
    footer: Sequence[Sequence[Any]] = (),
    header2: Sequence[Any] | None = None,
) -> tuple[Book, Sheet]:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 14, 14))
    project_head(
        s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
        years=years, attr=attr,
    )  # fmt: skip
    s.row(*header)
    if header2 is not None:
        s.row(*header2)
    s.table(rows, merged=merged)
    for f in footer:
        s.row(*f)
    return b, s


def department(
    *,
    year: int,
    dept: str,
    budget: Sequence[Sequence[Any]],
    tasks: Sequence[Sequence[Any]],
    goal: str,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    footer: Sequence[Sequence[Any]] = (),
) -> tuple[Book, Sheet]:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 14))
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    s.row(*header)
    s.table(rows, merged=merged)
    for f in footer:
        s.row(*f)
    return b, s
