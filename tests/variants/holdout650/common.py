"""Helpers shared by the returns of the 650th held-out set (丹参与白术规范化种植、道地药材溯源)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "栖凤县农业农村局（317002）"
CENTRE = "栖凤县中药材产业发展中心"
WIDTHS = (18, 18, 32, 16, 16, 14)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(
    total: Any, fiscal: Any, other: Any, annual: Sequence[Any] | None = None
) -> list[tuple[Any, ...]]:
    """中期 and 年度 money columns; a one-year project repeats the period figures."""
    a = annual or (total, fiscal, other)
    return [
        ("中期资金总额", w(total), "年度资金总额", w(a[0])),
        ("其中：财政拨款", w(fiscal), "其中：财政拨款", w(a[1])),
        ("其他资金", w(other), "其他资金", w(a[2])),
    ]


def project(
    year: int,
    name: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    unit: str = CENTRE,
    sheet: str = "Sheet1",
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a project head."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)
    return b, s


def department(
    year: int,
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: Any,
    tasks: Sequence[Sequence[Any]] = (),
) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a department head."""
    b = Book()
    s = b.sheet("部门整体", WIDTHS)
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


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
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
