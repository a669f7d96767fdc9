"""Helpers shared by the 591st held-out set: heads with their money blocks, indicator tables
under their header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 20, 30, 18, 18, 14, 12)
DEPT = "柘塘县农业农村局（307）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float) -> list[list[Any]]:
    """The money of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    other = round(total - fiscal, 2)
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: float, annual: float) -> list[list[Any]]:
    """The money of a multi-year project, all of it 财政拨款: 中期 and 年度 side by side."""
    return [
        ["中期资金总额", wan(period), "年度资金总额", wan(annual)],
        ["其中：财政拨款", wan(period), "其中：财政拨款", wan(annual)],
        ["其他资金", wan(0), "其他资金", wan(0)],
    ]


def project(year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, sheet: str = "Sheet1",
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (heads.project_head)."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip
    return b, s


def department(year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (heads.department_head)."""
    b = Book()
    s = b.sheet("部门整体", WIDTHS)
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", when)
    s.row("单位负责人（签字）：", None, "（单位盖章）")
