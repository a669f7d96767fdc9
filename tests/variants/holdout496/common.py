"""Helpers shared by the 496th held-out set: a book with its first sheet, money rows, project
and department heads, indicator tables merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants import heads
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
DEPT = "霍尔津县卫生健康委员会（412003）"
CDC = "霍尔津县疾病预防控制中心"
STATION = "敖林郭勒旗鼠疫防治站"
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> Book:
    """A new return; its first sheet is taken with :func:`first`."""
    b = Book()
    b.sheet(title, widths)
    return b


def first(b: Book) -> Sheet:
    ws = b.wb.active
    assert ws is not None
    return Sheet(ws, b.marks)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit in the number format only (marked values pass through)."""
    return v if not isinstance(v, int | float) else money(v, WAN)


def annual(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def periodic(totals: Sequence[Any], fiscal: Sequence[Any], other: Sequence[Any]) -> list[
        list[Any]]:  # fmt: skip
    """Money rows of a multi-year project: (中期, 年度) pairs for total, 财政拨款 and 其他资金."""
    return [["中期资金总额", wan(totals[0]), "年度资金总额", wan(totals[1])],
            ["其中：财政拨款", wan(fiscal[0]), "其中：财政拨款", wan(fiscal[1])],
            ["其他资金", wan(other[0]), "其他资金", wan(other[1])]]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year :data:`YEAR` under the county health commission."""
    heads.project_head(s, year=YEAR, name=name, dept=kw.pop("dept", DEPT), unit=unit,
                       money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]], dept: str = STATION) -> None:  # fmt: skip
    """A department head filled in November of the year before the budget year."""
    heads.department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                          filled=day(YEAR - 1, 11, 14))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, signed: Any = None) -> None:
    """Signature and date lines under the table, dated before the budget year."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报人：", "（签字）", None, "填报日期：", signed or day(YEAR - 1, 11, 20))
