"""Helpers shared by the returns of the 417th held-out set (榆坪区教育体育局, school rope-skipping
and shuttlecock programme, budget year 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "榆坪区教育体育局（217）"
CENTRE = "榆坪区学校体育卫生指导中心"
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(x: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes unchanged)."""
    return x if isinstance(x, C) else money(x, WAN)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows of a project head: 中期 column, then 年度 column (same as 中期 by default)."""
    a = list(annual) or [total, fiscal, other]
    return [
        ["资金总额", wan(total), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(other), "其他资金", wan(a[2])],
    ]


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            years: int = 1, unit: str = CENTRE, sheet: str = "项目表",
            widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet carries a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows,
                 goals=goals, years=years)  # fmt: skip
    return b, s


def department(
    dept: str,
    budget: Sequence[Any],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
    sheet: str = "部门整体",
) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a department head (§3.2); amounts in 万元."""
    b = Book()
    s = b.sheet(sheet)
    rows = [[wan(x) for x in budget]]
    task_rows = [[t[0], t[1], wan(t[2]) if t[2] is not None else None, t[3]] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=task_rows)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label)
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, month: int = 11, d: int = 20) -> None:
    """Signature and date lines under the table (filled just before the budget year)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "审核人（签字）：", None)
    s.row("填报日期：", day(YEAR - 1, month, d), None, "单位（盖章）", None, None)
