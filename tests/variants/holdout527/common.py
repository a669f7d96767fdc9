"""Helpers shared by the returns of the 527th held-out set (desert shelterbelt cistanche and
cynomorium planting)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "沙泉旗林业和草原局（217003）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 18, 18, 18, 14)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def annual(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period(p: Sequence[float], a: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [("中期资金总额", wan(p[0]), "年度资金总额", wan(a[0])),
            ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(a[1])),
            ("其他资金", wan(p[2]), "其他资金", wan(a[2]))]  # fmt: skip


def project(b: Book, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, years: int = 1, sheet: str = "Sheet1",
            title: str | None = None) -> Sheet:  # fmt: skip
    """A book's first (or next) sheet with a project head."""
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, years=years, title=title)  # fmt: skip
    return s


def stacked(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goal: str) -> None:  # fmt: skip
    """Another project's head under the previous project's table, on the same sheet."""
    s.skip()
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=(goal,), title="")  # fmt: skip


def department(b: Book, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> Sheet:  # fmt: skip
    """A book's first sheet with a department head."""
    s = b.sheet("Sheet1", WIDTHS)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return s


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 18))
