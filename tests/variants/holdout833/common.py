"""Helpers shared by the returns of the 833rd held-out set (rural road safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, state: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project, amounts in 万元 by the number format."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(state, WAN)),
        (None, None, "其他资金", money(other, WAN)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, state, other) for 中期 and 年度."""
    p = [v if isinstance(v, C) else money(v, WAN) for v in period]
    a = [v if isinstance(v, C) else money(v, WAN) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def project(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head; the department is the county transport bureau unless given."""
    dept = kw.pop("dept", "栎桥县交通运输局（314）")
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), filled: Any = None) -> None:  # fmt: skip
    """A department head with one budget row in 万元."""
    row = [money(v) for v in budget]
    department_head(s, year=year, dept=dept, budget=[row], goal=goal, tasks=tasks,
                    filled=filled)  # fmt: skip


def header(s: Sheet, *words: str) -> int:
    """One header row."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows under their header, tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign_off(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", day(*when))
