"""Helpers shared by the returns of the 620th held-out set (high-pasture pigs and sheep, a
highland-barley mill): books with their first sheet, money rows, indicator tables with tier-1
and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "岗珠县农牧局（312007）"


def wan(value: float) -> C:
    """An amount whose unit 万元 sits only in the number format."""
    return money(value, WAN)


def one_year(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", grant], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, grant, other) for 中期 and for 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(name: str, unit: str, cash: Sequence[Sequence[Any]], goals: Sequence[Any],
            sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head of the budget year."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=cash, goals=goals, **kw)
    return b, s


def stacked(s: Sheet, name: str, unit: str, cash: Sequence[Sequence[Any]], goal: Any) -> None:
    """A second project stacked under the first one in the same sheet (no title of its own)."""
    s.skip()
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=cash, goals=[goal], title="")


def department(dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head of the budget year."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 14))  # fmt: skip
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, month: int = 11, d: int = 20) -> None:
    """Signature line with a fill date in the autumn before the budget year."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(YEAR - 1, month, d, CN_DATE))


def by(y: int, m: int, d: int) -> C:
    """A deadline typed as a date cell."""
    return day(y, m, d, CN_DATE)
