"""Helpers shared by the returns of the 639th held-out set (rabbit farming and pelt work)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "柘川县农业农村局 518"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (None and C pass through)."""
    if value is None or isinstance(value, C | str):
        return value
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额, 其中：财政拨款, 其他资金."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            (None, None, "其他资金", w(other))]  # fmt: skip


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (total, fiscal, other) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(("中期" if i == 0 else "") + lab, w(p), ("年度" if i == 0 else "") + lab, w(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(*, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], sheet: str = "Sheet1", dept: str = DEPT,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book with its first sheet holding a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip
    return b, s


def department(*, year: int, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]], sheet: str = "Sheet1",
               ) -> tuple[Book, Sheet]:  # fmt: skip
    """A book with its first sheet holding a department head."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: C) -> None:
    """The signature and date line under a table."""
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)


def stacked(s: Sheet, *, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], dept: str = DEPT) -> None:  # fmt: skip
    """A further project stacked under the previous one in the same sheet (a blank row first)."""
    s.skip()
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 title="")  # fmt: skip
