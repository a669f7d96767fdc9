"""Helpers shared by the returns of the 663rd held-out set (苦荞与藜麦高原杂粮、订单收购)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (14, 16, 30, 14, 16, 14)
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def project(year: int, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any], header: Sequence[Any], rows: Sequence[Sequence[Any]],
            **kw: Any) -> Book:  # fmt: skip
    """A one-sheet project return: head, money block, goals and the indicator table."""
    b, s = first()
    project_head(s, year=year, name=name, dept=kw.pop("dept", "措勒县农业农村局 301"),
                 unit=unit, money=cash, goals=goals, **kw)  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, header, rows)
    return b


def department(year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A department return's first sheet with its head written."""
    b, s = first()
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def sign(s: Sheet, who: str, phone: str, when: C) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", when)
    s.row("单位负责人（签字）：", None, "（单位盖章）")


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 rows under the table, each merged across it."""
    for text in lines:
        s.row(text, merge=[(1, 6)])


__all__ = ["day", "department", "first", "indicators", "multi_year", "notes", "one_year",
           "project", "sign", "w"]  # fmt: skip
