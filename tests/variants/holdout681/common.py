"""Helpers shared by the returns of the 681st held-out set: a book with its first sheet, money
rows of a project head, an indicator table under its header, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell is passed through)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any, period: Any = None) -> list[list[Any]]:
    """The two money rows of a project head: 中期 and 年度 totals, then the year's sources."""
    whole = total if period is None else period
    return [
        ["中期资金总额", wan(whole), "年度资金总额", wan(total)],
        ["其中：财政拨款", wan(fiscal), "其他资金", wan(other)],
    ]


def project(s: Sheet, money3: Sequence[Any], goals: Sequence[Any], **kw: Any) -> None:
    """A project head; ``money3`` is (年度总额, 财政拨款, 其他资金[, 中期总额])."""
    project_head(s, money=funds(*money3), goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under a table."""
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
