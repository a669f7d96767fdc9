"""Helpers shared by the returns of the 349th held-out set (railway station areas of 澄屿市)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄屿市交通运输局（318007）"
HUB = "澄屿北站站区综合管理办公室"
WIDTHS = (16, 16, 30, 14, 16, 16)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Money rows (中期 | 年度); a number becomes a 万元 cell, a ``C`` is kept as it is."""
    a = list(annual) or [total, fiscal, other]
    cell = [x if isinstance(x, C) else w(x) for x in (total, fiscal, other, *a)]
    return [("中期资金总额", cell[0], "年度资金总额", cell[3]),
            ("其中：财政拨款", cell[1], "其中：财政拨款", cell[4]),
            ("其他资金", cell[2], "其他资金", cell[5])]  # fmt: skip


def project(
    *,
    name: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    years: int = 1,
    sheet: str = "Sheet1",
    attr: str = "延续项目",
) -> tuple[Book, Sheet]:
    """A book whose first sheet holds a project head."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 years=years, attr=attr)  # fmt: skip
    return b, s


def stacked(
    s: Sheet, *, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str
) -> None:
    """A second project written under the first one in the same sheet."""
    s.skip()
    s.title(f"{YEAR}年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=[goal],
                 title="")  # fmt: skip


def department(
    *, dept: str, budget: Sequence[Sequence[Any]], goal: str, tasks: Sequence[Sequence[Any]] = ()
) -> tuple[Book, Sheet]:
    """A book whose first sheet holds a department head."""
    b = Book()
    s = b.sheet("Sheet1", WIDTHS)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def grid(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table; the fill date lies in the year before."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", when or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
