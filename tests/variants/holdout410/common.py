"""Helpers shared by the returns of the 410th held-out set (溪篁县 batik workshops and training
for rural women): a book with its first sheet, money rows, indicator tables, notes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "溪篁县妇女联合会（318001）"
WIDTHS = (16, 18, 30, 18, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format; a marked cell passes through."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, fiscal, other) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{lab}", wan(p), f"年度{lab}", wan(a))
        for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def project(s: Sheet, name: str, unit: str, rows: list[tuple[Any, ...]], goal: Any,
            **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year with one 年度目标 (or two goals given as a list)."""
    goals = goal if isinstance(goal, list) else [goal]
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=rows, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> int:
    """A signature and date line under the table."""
    s.skip()
    return s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期：", date)
