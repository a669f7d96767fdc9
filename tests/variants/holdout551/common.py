"""Helpers shared by the returns of the 551st held-out set (ramie and grass-cloth workshops)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "杼岭县"
DEPT_AGRI = "杼岭县农业农村局（417）"
DEPT_CULT = "杼岭县文化和旅游局（422）"
TIERED = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 实施期 and 年度 columns equal, each adding up."""
    other = round(total - fiscal, 4)
    return [
        ("实施期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 14, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[
        Any], dept: str = DEPT_CULT, **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year, filled in the November before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = TIERED,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "单位负责人（签字）：", None,
          when or day(YEAR - 1, 11, 18))  # fmt: skip
