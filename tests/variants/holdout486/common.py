"""Helpers shared by the returns of the 486th held-out set (sericulture and silk reeling)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "绮川县农业农村局（403）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
HEAD_POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, then its two sources."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def project_book(*, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
                 goals: Sequence[Any], years: int = 1, sheet: str = "Sheet1",
                 attr: str = "延续项目", title: str | None = None,
                 ) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows,
                 goals=goals, years=years, attr=attr, title=title)  # fmt: skip
    return b, s


def dept_book(*, dept: str, budget: Sequence[Any], goal: str,
              tasks: Sequence[Sequence[Any]]) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head (one budget row)."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks)
    return b, s


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.row("填报人", who, "联系电话", phone, "填报日期", when)


def stack(s: Sheet, *, title: str, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
          goals: Sequence[Any]) -> None:  # fmt: skip
    """A further project stacked under the one above: a blank row, its title and its head."""
    s.skip()
    s.title(title, 6)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows,
                 goals=goals, title="")  # fmt: skip
