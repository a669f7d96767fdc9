"""Helpers shared by the returns of the 434th held-out set (澜汐市, marine oil spill response)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
OCEAN = "澜汐市海洋发展局（417）"
CENTRE = "澜汐市海上溢油应急处置中心"
WIDE = (16, 18, 30, 16, 16, 14)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float) -> list[list[Any]]:
    """The money block of a one-year project."""
    return [
        ["年度资金总额", wan(total), None, None],
        ["其中：财政拨款", wan(grant), "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, grant, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [left, p if isinstance(p, C) else wan(p), right, a if isinstance(a, C) else wan(a)]
        for (left, right), p, a in zip(labels, period, annual, strict=True)
    ]


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            unit: str = CENTRE, sheet: str = "Sheet1", widths: Sequence[float] = WIDE,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, year=YEAR, name=name, dept=OCEAN, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip
    return b, s


def department(dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]]) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head (amounts in 万元 cells)."""
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    rows = [[v if isinstance(v, C) else wan(v) for v in line] for line in budget]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=tasks)
    return b, s


def task(name: str, content: str, amount: Any, aim: str) -> list[Any]:
    """One row of the 年度主要任务 block."""
    return [name, content, amount if isinstance(amount, C) else wan(amount), aim]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人", who, "联系电话", phone, "填报日期", filled or day(YEAR - 1, 11, 18, CN_DATE))
    s.row("单位负责人（签字）", None, None, "单位（盖章）")
