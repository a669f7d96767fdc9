"""Helpers shared by the returns of the 770th held-out set: the 澄岭市 housing and urban-rural
development bureau (老旧小区改造, 燃气管道更新, 施工扬尘治理)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄岭市住房和城乡建设局（317）"
WIDTHS = (18, 18, 32, 16, 16, 16, 14)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, then its two parts."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], [None, None, "其他资金", other]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(s: Sheet, name: str, unit: str, cash: list[list[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=cash, goals=goals, **kw)


def department(s: Sheet, unit: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head with one budget row (总额, 财政拨款, 其他资金, 基本, 项目)."""
    department_head(s, year=YEAR, dept=unit, budget=[budget], goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row(f"单位负责人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 12, 8, CN_DATE))  # fmt: skip
