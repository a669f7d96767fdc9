"""Helpers shared by the returns of the 648th held-out set (cassava and sweet-potato starch,
flax-seed oil workshops): books, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
STARCH_DEPT = "榕坪县农业农村局（318004）"
OIL_DEPT = "北塬县市场监督管理局（506021）"


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def annual(total: Any, fiscal: Any, other: Any, label: str = "其中：财政拨款") -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, label, fiscal], [None, None, "其他资金", other]]


def project_book(year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
                 goals: Sequence[Any], sheet: str = "Sheet1", dept: str = STARCH_DEPT,
                 **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip
    return b, s


def department_book(year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
                    tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)


def sign_off(s: Sheet, who: str, phone: str, year: int, month: int, d: int) -> None:
    """A stamp line, then the signature line dated ``year-month-d``."""
    s.row("单位负责人（签章）：", None, "财务负责人：", None, "（单位盖章）")
    signature(s, who, phone, day(year, month, d))
