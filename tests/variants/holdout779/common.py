"""Helpers shared by the returns of the 779th held-out set (岫川县农业农村局: tea gardens,
cooperatives' quality certification, agricultural-machinery purchase subsidies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "岫川县农业农村局（405001）"
WIDTHS = (16, 16, 30, 18, 18, 18)
NAT = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any, fmt: str = "0.00") -> Any:
    """An amount in 万元 (a plain number, or a marked cell passed through)."""
    return value if isinstance(value, C) else money(value, fmt)


def annual(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", w(total, fmt), None, None),
            ("其中：财政拨款", w(fiscal, fmt), None, None),
            ("其他资金", w(other, fmt), None, None)]  # fmt: skip


def periodic(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", w(mid[0]), "年度资金总额", w(year[0])),
            ("其中：财政拨款", w(mid[1]), "其中：财政拨款", w(year[1])),
            ("其他资金", w(mid[2]), "其他资金", w(year[2]))]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], year: int = 2025, **kw: Any) -> None:  # fmt: skip
    """A project head of the county bureau."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """A department head of one of the bureau's units, budget year 2025."""
    department_head(s, year=2025, dept=dept, budget=budget, goal=goal, tasks=tasks, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnotes merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any, head: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(head, None, "填报人：", person, "联系电话：", phone)
    s.row("填报日期：", when)


__all__ = ["WAN", "department", "new", "notes", "project", "sign", "table"]
