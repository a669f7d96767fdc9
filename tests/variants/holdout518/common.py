"""Helpers shared by the returns of the 518th held-out set (sturgeon farming and fry release)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
H_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, src: str = "其中：财政拨款",
             rest: str = "其他资金") -> list[list[Any]]:  # fmt: skip
    """Money rows of a one-year project: total = fiscal + other."""
    return [["年度资金总额", total, src, fiscal], [rest, other, None, None]]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    return [
        ["中期资金总额", p[0], "年度资金总额", a[0]],
        ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
        ["其他资金", p[2], "其他资金", a[2]],
    ]


def head(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         dept: str = "檀岭市农业农村局（415）", **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals, **kw)


def dept_head(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
              tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, checker: str, date: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", f"审核人：{checker}", merge=[(1, 2)])
    s.row("填报日期：", day(*date))
