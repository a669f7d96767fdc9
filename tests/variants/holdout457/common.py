"""Helpers shared by the returns of the 457th held-out set (volcano geopark):
a book with its first sheet, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, C, Sheet, day, money

YEAR = 2025
DEPT = "赭岭县自然资源局（318006）"
PARK = "赭岭县墨峦火山地质公园管理中心"
WATCH = "赭岭县火山地质监测站"
SIX = (16, 16, 30, 18, 18, 18)
SEVEN = (14, 16, 30, 12, 12, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell (a ``C`` or None passes unchanged)."""
    return value if value is None or isinstance(value, C) else money(value, fmt)


def year_money(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)],
        ["其他资金", cash(other, fmt)],
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, cash(p), b, cash(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            unit: str = PARK, **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year with this set's department."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), dept: str = PARK) -> None:  # fmt: skip
    """A department head; ``budget`` is one row (总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    row = [cash(v) for v in budget]
    lines = [[t[0], t[1], cash(t[2]), t[3]] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=[row], goal=goal, tasks=lines,
                    filled=day(YEAR - 1, 11, 18))  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line: 填报人, 联系电话, 填报日期."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
