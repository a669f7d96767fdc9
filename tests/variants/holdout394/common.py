"""Helpers shared by the returns of the 394th held-out set (民乐/民族乐团): a book with its first
sheet, money rows, indicator tables with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 18, 30, 14, 16, 14, 12)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project head (万元 carried by the number format)."""

    def cell(v: Any) -> Any:
        return money(v, fmt) if isinstance(v, int | float) else v

    return [["年度资金总额", cell(total), "其中：财政拨款", cell(fiscal)],
            ["其他资金", cell(other), None, None]]  # fmt: skip


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year (heads.project_head)."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], tasks: Sequence[Sequence[Any]],
               goal: str) -> None:  # fmt: skip
    """A department head: one budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    row = [v if not isinstance(v, int | float) else money(v, WAN) for v in budget]
    task_rows = [[n, c, money(a, WAN) if isinstance(a, int | float) else a, g]
                 for n, c, a, g in tasks]  # fmt: skip
    department_head(s, year=YEAR, dept=dept, budget=[row], goal=goal, tasks=task_rows)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row("单位负责人：", person, "联系电话：", phone, "填报日期：", when)
