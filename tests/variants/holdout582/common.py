"""Helpers shared by the returns of the 582nd held-out set (flue-cured tobacco: curing barns
and grading stations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 16, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (text passes through)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return money(value, WAN)
    return value


def proj_money(total: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """The money block of a project head: (总额, 财政拨款, 其他资金) for the whole period and
    for the year (the same for a one-year project)."""
    year = annual if annual is not None else total
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[0]}" if i == 0 else labels[i], wan(total[i]),
         f"年度{labels[0]}" if i == 0 else labels[i], wan(year[i])]
        for i in range(3)
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: C) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期：", date)
