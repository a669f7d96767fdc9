"""Helpers shared by the returns of the 683rd held-out set: books, heads, indicator blocks with
tier-1 and tier-2 merged down, footnotes and signature lines (all names invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "砾原县农业农村局（411）"
FOREST = "砾原县林业和草原局（415）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            ("其他资金", w(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", year[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
            ("其他资金", period[2], "其他资金", year[2])]  # fmt: skip


def project(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the given department (``dept=`` to change it)."""
    dept = kw.pop("dept", DEPT)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    if head:
        s.row(*head)
    return s.table(rows, merged=(1, 2))


def footer(s: Sheet, notes: Sequence[str], signer: str, phone: str, date: C) -> None:
    """Footnotes under the table, then the signature and date line."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.skip()
    s.row("填报人：", signer, "联系电话：", phone, "填报日期：", date)


def lines(s: Sheet, title: str, rows: Sequence[tuple[str, Any]], total: Any) -> None:
    """A detail block: one line per item (name, amount in 万元), then 合计."""
    s.skip()
    s.row(title, None, None, "金额（万元）", merge=[(1, 3)])
    for name, amount in rows:
        s.row(name, None, None, amount, merge=[(1, 3)])
    s.row("合计", None, None, total, merge=[(1, 3)])


def dated(y: int, m: int, d: int) -> C:
    return day(y, m, d)
