"""Helpers shared by the returns of the 603rd held-out set (金银花 and 黄连 herb bases, a county
herb-processing cooperative in the invented 栖霞岭县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "栖霞岭县"
BUREAU = "栖霞岭县农业农村局（307）"
COOP = "栖霞岭县百草源中药材加工专业合作社"
WIDE = (14, 16, 30, 16, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: total, then its two sources."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) per period and year."""
    return [
        ("中期资金总额", period[0], "年度资金总额", year[0]),
        ("中期财政拨款", period[1], "年度财政拨款", year[1]),
        ("中期其他资金", period[2], "年度其他资金", year[2]),
    ]


def head(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
         goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """The project head of §3.1 under the county bureau."""
    project_head(s, year=year, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def dept(s: Sheet, year: int, budget: Sequence[Sequence[Any]], goal: Any,
         tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """The department head of §3.2 for the cooperative's supervising unit."""
    department_head(s, year=year, dept=COOP, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, year: int, person: str, phone: str, month: int = 11, dd: int = 18) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(year - 1, month, dd))


def notes(s: Sheet, *lines: str) -> None:
    """Footnote lines under the table, each merged across."""
    for line in lines:
        s.row(line, merge=[(1, 6)])
