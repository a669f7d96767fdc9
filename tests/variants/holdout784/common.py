"""Helpers shared by the 784th held-out set: a book with its first sheet, project money rows,
indicator tables with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

DEPT = "省水利厅（部门代码 131001）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 32, 18, 14, 18)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project, amounts in 万元 with the unit in the number format."""
    return [
        ("年度资金总额", _w(total), "其中：财政拨款", _w(fin)),
        ("其他资金", _w(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, _w(p), b, _w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def _w(v: Any) -> Any:
    return money(v, WAN) if isinstance(v, int | float) else v


def project(s: Sheet, year: int, name: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of this department (§3.1)."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=rows, goals=goals, **kw)


def department(s: Sheet, year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head (§3.2), filled in the November before the budget year."""
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)


def grid(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4,
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date line under the table."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def prior_day(year: int) -> Any:
    """A fill date in the autumn before the budget year (not a year conflict)."""
    return day(year - 1, 10, 28, 'yyyy"年"m"月"d"日"')
