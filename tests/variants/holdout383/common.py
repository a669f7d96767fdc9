"""Helpers shared by the returns of the 383rd held-out set (penjing gardens, 盆景)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
DEPT = "梧岭市园林绿化局（318）"


def new_book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: float, other: float) -> list[list[Any]]:
    """One-year money rows: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def period_funds(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[i]}" if i == 0 else labels[i], wan(period[i]),
         f"年度{labels[i]}" if i == 0 else labels[i], wan(annual[i])]
        for i in range(3)
    ]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head in the budget year, filled in the November before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list without tiers."""
    s.row(*header)
    return s.table(rows)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
