"""Helpers shared by the 535th held-out set: restored 水碓 and 风车磨坊 in the invented 桐澜县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
TOURISM = "桐澜县文化和旅游局（308）"
FARM = "桐澜县农业农村局（312）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
    """Money rows (总额, 财政拨款, 其他资金) for the 中期 and 年度 columns of a project head."""
    annual = annual or period
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    s: Sheet,
    name: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    **kw: Any,
) -> None:
    """A project head of 桐澜县 (budget year 2025 unless ``year`` is given)."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", TOURISM)
    project_head(s, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def bureau(
    s: Sheet,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]],
    dept: str = "桐澜县文化和旅游局",
) -> None:
    """A department head of 桐澜县, filled in November of the year before."""
    department_head(
        s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks, filled=day(YEAR - 1, 11, 14)
    )


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
