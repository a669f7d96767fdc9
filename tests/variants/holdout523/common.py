"""Helpers shared by the 523rd held-out set (菱角与莲藕湿地种养): a book with its first sheet,
money cells, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "蒲汀县农业农村局（318）"
FILLER = ("填报人：", "符晓澜", "联系电话：", "0739-5528164", "填报日期：")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year under 蒲汀县农业农村局."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its one-row header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, when: C | None = None) -> int:
    """Signature line with the filler, a phone number and a fill date (a date cell)."""
    s.skip()
    return s.row(*FILLER, when or day(YEAR - 1, 11, 18, CN_DATE))
