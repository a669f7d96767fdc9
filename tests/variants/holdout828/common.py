"""Helpers shared by the returns of the 828th held-out set (tea industry support)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

COUNTY = "茗岙县"
DEPT = "茗岙县农业农村局（306）"


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project(year: int, name: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], sheet: str = "Sheet1",
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=funds, goals=goals, **kw)
    return b, s


def department(year: int, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=year, dept=dept, budget=[budget], goal=goal, tasks=tasks)
    return b, s


def one_year(total: float, fiscal: float, other: float = 0) -> list[list[Any]]:
    """The money rows of a one-year project."""
    rows: list[list[Any]] = [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)]]
    if other:
        rows.append(["其他资金", wan(other), None, None])
    return rows


def two_levels(period: Any, annual: Any) -> list[list[Any]]:
    """The money rows of a multi-year project, all from the budget."""
    return [["中期资金总额", period, "年度资金总额", annual],
            ["其中：财政拨款", period, "其中：财政拨款", annual]]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: (支出内容, 数量, 单价（万元）, 金额（万元）) and its 合计."""
    s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, tel: str, when: tuple[int, int, int]) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", tel, "填报日期：", day(*when))
