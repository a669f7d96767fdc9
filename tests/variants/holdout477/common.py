"""Helpers shared by the returns of the 477th held-out set (brick carving and rattan weaving)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 18, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, annual: Any = None) -> list[list[Any]]:
    """Money rows of a one-year project: total = annual = 财政拨款 + 其他资金."""
    return [
        ["资金总额", total, "年度资金总额", total if annual is None else annual],
        ["其中：财政拨款", fiscal, "其他资金", other],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(s: Sheet, name: str, unit: str, rows: list[list[Any]], goal: Any, **kw: Any) -> None:
    """A project head of the 砖雕 / 藤编 returns (主管部门 fixed unless given)."""
    kw.setdefault("dept", "岑湾县文化和旅游局（312）")
    kw.setdefault("year", YEAR)
    goals = goal if isinstance(goal, tuple) else (goal,)
    project_head(s, name=name, unit=unit, money=rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str, **kw: Any) -> None:
    """A department head: one budget row, tasks given in ``kw``."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, **kw)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnotes under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("单位负责人：", person, None, "填报人：", "韦晓岚", None)
    s.row("联系电话：", phone, None, "填报日期：", filled or day(YEAR - 1, 10, 28), None)
