"""Helpers shared by the returns of the 331st held-out set (drowning prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def project(
    s: Sheet,
    *,
    name: str,
    dept: str,
    unit: str,
    total: Any,
    fin: Any,
    other: Any,
    goal: str,
    **kw: Any,
) -> None:
    """A one-year project head with 年度资金总额 = 财政拨款 + 其他资金."""
    rows = [("年度资金总额", _w(total), "其中：财政拨款", _w(fin)), ("其他资金", _w(other))]
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=[goal], **kw)


def department(
    s: Sheet,
    *,
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
) -> None:
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def _w(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def header(s: Sheet, *words: str) -> int:
    """The header row of an indicator table."""
    return s.row(*words)


def indicators(
    s: Sheet, words: Sequence[str], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    header(s, *words)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled)
