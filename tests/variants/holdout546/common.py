"""Helpers shared by the returns of the 546th held-out set (leather goods training for returning
migrant workers): books with their first sheet, money rows, indicator tables, notes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "杉渡县人力资源和社会保障局（413027）"
CENTRE = "杉渡县职业技能培训中心"
WIDE = (16, 18, 30, 14, 16, 14)


def funds(total: float, fiscal: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """Annual money rows: 资金总额 with 财政拨款 beside it, then 其他资金."""
    return [
        ["资金总额", money(total, fmt), "其中：财政拨款", money(fiscal, fmt)],
        ["其他资金", money(other, fmt), None, None],
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for label, p, a in zip(labels, period, annual, strict=True):
        p = p if not isinstance(p, (int, float)) else money(p, WAN)
        a = a if not isinstance(a, (int, float)) else money(a, WAN)
        rows.append([f"中期{label}", p, f"年度{label}", a])
    return rows


def project(name: str, money_rows: list[list[Any]], goals: Sequence[Any], *, sheet: str = "Sheet1",
            unit: str = CENTRE, **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip
    return b, s


def department(dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks, **kw)
    return b, s


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: its header row, then rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a table (filled late in the year before)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 12, 9))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block under the table: (item, amount, basis) lines and their 合计."""
    s.skip()
    head = ("项目资金明细", "支出内容", None, "金额（万元）", "测算依据", None)
    s.row(*head, merge=[(2, 3), (5, 6)])
    for item, amount, basis in lines:
        s.row(None, item, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, total, None, None, merge=[(1, 3), (5, 6)])
