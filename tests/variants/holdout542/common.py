"""Helpers shared by the returns of the 542nd held-out set (kudzu and konjac starch processing)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "岫云县"
AGRI = "岫云县农业农村局（418）"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, unit: str, lines: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the county agriculture bureau for the budget year."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=AGRI, unit=unit, money=lines, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head filled in November of the year before the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = TIER_HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: C | None = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, "填报日期：", filled or day(YEAR - 1, 12, 6))
