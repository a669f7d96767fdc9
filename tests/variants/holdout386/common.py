"""Helpers shared by the returns of the 386th held-out set (philately: stamp issuing and postal
museums)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026


def new(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a ``C`` passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """The money block of a project head: (总额, 财政拨款, 其他资金) for the whole period and the
    year; a one-year project has the same figures in both."""
    a = annual or period
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(a[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """The signature line under a table: who filled it, phone and date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 18))
