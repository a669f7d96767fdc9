"""Helpers shared by the returns of the 412th held-out set: a provincial library's recitation
and reading-aloud (朗诵/诵读) programme, all names and figures invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
DEPT = "澄川省文化和旅游厅（415）"
LIB = "澄川省图书馆"
WIDE = (16, 18, 30, 18, 18, 14, 14)


def wan(x: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(x, WAN)


def one_year(total: float, fin: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project (资金总额 = 财政拨款 + 其他资金)."""
    return [["资金总额", wan(total), "其中：财政拨款", wan(fin)], ["其他资金", wan(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
            ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
            ["其他资金", wan(period[2]), "其他资金", wan(annual[2])]]  # fmt: skip


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            sheet: str = "绩效目标表", unit: str = LIB,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip
    return b, s


def department(dept: str, budget: Sequence[Any], goal: str, *, sheet: str = "部门整体",
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head; ``budget`` is one row of
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元 (numbers or cells)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    cells = [v if isinstance(v, C) else wan(v) for v in budget]
    department_head(s, year=YEAR, dept=dept, budget=[cells], goal=goal, tasks=tasks)
    return b, s


def task(name: str, content: str, amount: Any, goal: str) -> list[Any]:
    return [name, content, amount if isinstance(amount, C) else wan(amount), goal]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def signature(s: Sheet, head: str, filler: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", head, "填表人：", filler, "联系电话：", phone)
    s.row("填报日期：", when)
