"""Helpers shared by the returns of the 814th held-out set (urban trees, pocket parks, care)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "栖梧区城市管理局（317）"
UNIT = "栖梧区园林绿化服务中心"
WIDE = (14, 16, 30, 14, 16, 12, 12, 12)


def m(value: Any) -> Any:
    """An amount in 万元 carried by the number format; marked cells and None pass through."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any, period: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows of a project head: the year alone, or (中期 total, 财政, 其他) beside it."""
    if not period:
        return [["年度资金总额", m(total), None, None],
                ["其中：财政拨款", m(fiscal), "其他资金", m(other)]]  # fmt: skip
    p_total, p_fiscal, p_other = period
    return [["中期资金总额", m(p_total), "年度资金总额", m(total)],
            ["其中：财政拨款", m(p_fiscal), "其中：财政拨款", m(fiscal)],
            ["其他资金", m(p_other), "其他资金", m(other)]]  # fmt: skip


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            sheet: str = "Sheet1", unit: str = UNIT, widths: Sequence[float] = WIDE,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head of the budget year."""
    b = Book()
    s = b.sheet(sheet, widths)
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)
    return b, s


def department(dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head of the budget year."""
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    kw.setdefault("year", YEAR)
    department_head(s, dept=dept, budget=budget, goal=goal, tasks=tasks, **kw)
    return b, s


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signs(s: Sheet, person: str, phone: str, month: int = 11, dd: int = 18) -> None:
    """Signature and date lines under the table (filled in the year before the budget)."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", day(YEAR - 1, month, dd, CN_DATE))
