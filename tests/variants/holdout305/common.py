"""Helpers shared by the returns of the 305th held-out set (school meals and student nutrition):
a book with its first sheet under a project or department head, money rows, an indicator table
under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants import heads
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
WIDE = (16, 16, 30, 18, 18, 18)


def cash(value: Any, fmt: str = WAN) -> Any:
    """An amount as staff type it: a bare number gets ``fmt`` (the unit only in the format);
    text, a marked cell or None stays as given."""
    if value is None or isinstance(value, C | str):
        return value
    return money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, label: str = "年度资金总额",
          fmt: str = WAN) -> list[tuple[Any, ...]]:  # fmt: skip
    """Money rows of a project head: total with its 财政拨款, then 其他资金 on the next line."""
    return [
        (label, cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)),
        ("其他资金", cash(other, fmt)),
    ]


def project(name: str, dept: str, unit: str, lines: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, sheet: str = "Sheet1", book: Book | None = None,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book (or a new sheet of ``book``) opening with a project head of the budget year."""
    b = book or Book()
    s = b.sheet(sheet, WIDE)
    heads.project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=lines, goals=goals,
                       **kw)  # fmt: skip
    return b, s


def stacked(s: Sheet, name: str, dept: str, unit: str, lines: Sequence[Sequence[Any]],
            goal: Any) -> None:  # fmt: skip
    """A second project head stacked under the first one's table in the same sheet."""
    s.skip()
    heads.project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=lines,
                       goals=[goal], title="")  # fmt: skip


def department(dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head of the budget year."""
    b = Book()
    s = b.sheet("部门整体", WIDE)
    heads.department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def budget_line(*amounts: Any) -> tuple[Any, ...]:
    """One line under (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), in 万元."""
    return tuple(cash(a) for a in amounts)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note, footnote or instruction lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under the table: person, telephone and date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
