"""Helpers shared by the returns of the 373rd held-out set (climbing walls and archery ranges)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
TIERED = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], [None, None, "其他资金", other]]


def project(s: Sheet, name: str, dept: str, unit: str, total: Any, fiscal: Any, other: Any,
            goal: Any, **kw: Any) -> None:  # fmt: skip
    """A one-year project head for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit,
                 money=funds(total, fiscal, other), goals=[goal], **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 18))  # fmt: skip


def header(s: Sheet, *cols: Any) -> int:
    """The header row of an indicator table."""
    return s.row(*cols)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]]) -> int:
    """Indicator rows with tier-1 and tier-2 merged down (``None`` continues the block)."""
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def detail(s: Sheet, title: str, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: 明细项目 · 金额（万元）· 测算依据, then the 合计 row."""
    s.skip()
    s.row(title, merge=[(1, 6)])
    s.row("明细项目", None, "金额（万元）", "测算依据", None, None, merge=[(1, 2), (4, 6)])
    for name, amount, basis in lines:
        s.row(name, None, amount, basis, None, None, merge=[(1, 2), (4, 6)])
    s.row("合计", None, total, None, None, None, merge=[(1, 2), (4, 6)])
