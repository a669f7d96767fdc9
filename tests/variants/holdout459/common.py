"""Helpers shared by the 459th held-out set (廊桥、土楼 repair and visitor services): a book
with its first sheet, money rows in 万元, project and department heads for the invented 棠岭县,
indicator tables with tier-1 and tier-2 merged down, note lines and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "棠岭县文化和旅游局（318）"
SIX = (16, 16, 30, 18, 18, 18)
Rows = Sequence[Sequence[Any]]


def new(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format; a ``C`` passes unchanged."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, money_rows: Rows, goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year under 棠岭县文化和旅游局."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Rows, goal: str, tasks: Rows) -> None:
    """A department head of the budget year, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Rows, merged: Sequence[int] = (1, 2)) -> int:
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines(s: Sheet, *texts: Any, width: int = 6) -> None:
    """Note lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """A blank line, then the signature and date line."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：",
          when or day(YEAR - 1, 11, 18, CN_DATE))  # fmt: skip
