"""Helpers shared by the returns of the 376th held-out set: a book with its first sheet, the
money blocks of one-year and multi-year projects, indicator tables with tier-1 and tier-2 merged
down, note rows and signature lines (all places, units and people invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澜汀市交通运输局（415）"
WIDTHS = (16, 18, 30, 14, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: the total, then 财政拨款 and 其他资金 under it."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year unless ``year`` says otherwise."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", DEPT)
    project_head(s, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, *, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2) for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any = None) -> int:
    """Signature and date line under the table (a fill date in the year before the budget)."""
    s.skip()
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：",
                 when or day(YEAR - 1, 12, 10))  # fmt: skip
