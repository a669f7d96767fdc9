"""Helpers shared by the 366th held-out set (glacier and permafrost monitoring returns)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "雪岭州自然资源局（417003）"
WIDTHS = (14, 14, 30, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project."""
    total, fiscal, other = (v if isinstance(v, C | str) else w(v) for v in (total, fiscal, other))
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period_funds(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for each column."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        first = "中期" + label if i == 0 else label
        second = "年度" + label if i == 0 else label
        rows.append([first, w(period[i]), second, w(annual[i])])
    return rows


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year in this set's department."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """A department head with one budget row (资金总额 … 项目支出)."""
    line = [v if isinstance(v, C) else w(v) for v in budget]
    department_head(s, year=YEAR, dept=dept, budget=[line], goal=goal, tasks=tasks, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人：", "（签字）", None, None, "（单位盖章）")
