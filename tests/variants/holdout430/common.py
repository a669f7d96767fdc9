"""Helpers shared by the returns of the 430th held-out set (岫岭县菌草技术推广)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, Sheet

YEAR = 2025
DEPT = "岫岭县农业农村局（417001）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT_WIDTHS = (30, 12, 14, 12, 16, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 20, 30, 18, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def project(s: Sheet, name: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county's agriculture bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A blank line, then the filler, phone and date line."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
