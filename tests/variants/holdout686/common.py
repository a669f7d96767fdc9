"""Helpers shared by the 686th held-out set: a book with its first sheet, money rows, project
and department heads for the budget year, indicator tables with tier-1 and tier-2 merged down,
notes, money detail lines and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "榆坪县农业农村局（412003）"
IND = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 18, 18, 18, 12, 12)


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def wan(v: Any) -> C:
    """An amount with 万元 only in the number format (a marked cell is kept as it is)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def project(s: Sheet, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year (``kw`` passed on: years, title, start, end…)."""
    dept = kw.pop("dept", DEPT)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=cash, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = IND,
               merged: Sequence[int] = (1, 2),
               caption: str | None = "绩效指标") -> int:  # fmt: skip
    """A caption row, the header row and the indicator rows (tier columns merged down)."""
    if caption:
        s.row(caption, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Lines merged across the table: 注, 说明, 填表说明."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A money detail block under the table: (支出内容, 测算依据, 金额) lines and their 合计."""
    s.skip()
    s.row("资金明细", "支出内容", "测算依据", "金额（万元）")
    top = s.r + 1
    for what, basis, amount in lines:
        s.row(None, what, basis, wan(amount))
    s.row(None, "合计", None, wan(total))
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature line under the table; the fill date falls before the budget year."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 18))
