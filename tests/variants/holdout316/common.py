"""Helpers shared by the returns of the 316th held-out set (farm film and pesticide packaging
recovery): a book with its first sheet, project money rows, indicator tables under their header
with tier-1 and tier-2 merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY_DEPT = "栖苇县农业农村局（312004）"
CITY_DEPT = "砚岭市农业农村局（208011）"
WIDE = (16, 16, 30, 18, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows of a project head: 实施期 and 年度 (the same for a one-year project)."""
    t2, f2, o2 = annual or (total, fiscal, other)
    return [
        ["实施期资金总额", total, "年度资金总额", t2],
        ["其中：财政拨款", fiscal, "其中：财政拨款", f2],
        ["其他资金", other, "其他资金", o2],
    ]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, dept: str = COUNTY_DEPT, **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year (``kw`` as ``heads.project_head``)."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 12))  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the ``merged`` columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, chief: str, filler: str, phone: str, filled: C | None = None) -> None:
    """Signature, phone and date lines under the table (dated in the year before)."""
    s.skip()
    s.row("单位负责人：", chief, "填表人：", filler, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 20, CN_DATE), None, "（单位盖章）")


HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
