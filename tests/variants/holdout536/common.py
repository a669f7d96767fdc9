"""Helpers shared by the returns of the 536th held-out set (beeswax and propolis workshops)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "栖蜂县农业农村局（318）"
STATION = "栖蜂县蜂业技术推广站"
WIDE = (18, 18, 30, 16, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def project(
    s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str, **kw: Any
) -> None:
    """A project head of the county bureau for the budget year."""
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit=unit,
        money=money_rows,
        goals=kw.pop("goals", [goal]),
        **kw,
    )


def department(
    s: Sheet,
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
) -> None:
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
