"""Helpers shared by the returns of the 425th held-out set (霜原县, invented): a book with its
first sheet, money rows, indicator tables with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
BUREAU = "霜原县农业农村局（217001）"
WIDE = (16, 18, 30, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = WAN) -> Any:
    """An amount in 万元 with the unit in the number format; text or a marked cell as given."""
    if isinstance(value, int | float):
        return money(value, fmt)
    return value


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project (万元)."""
    return [
        ["资金总额", cash(total), "其中：财政拨款", cash(fiscal)],
        ["其他资金", cash(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[lp, cash(p), la, cash(a)] for (lp, la), p, a in zip(labels, period, annual,
                                                                 strict=True)]  # fmt: skip


def project(s: Sheet, name: str, unit: str, cash_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=cash_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signed(s: Sheet, filler: str, phone: str, date: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", filler, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
