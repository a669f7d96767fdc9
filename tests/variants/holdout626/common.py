"""Helpers shared by the returns of the 626th held-out set (mugwort fields, a moxa-stick
workshop, a perilla and mint oil distillery): a book with its first sheet, money rows, an
indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
BUREAU = "蒿岭县农业农村局（317001）"
WIDE = (14, 16, 32, 16, 14, 12)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any,
          year: Sequence[Any] | None = None) -> list[list[Any]]:  # fmt: skip
    """Money rows of a project head: the period on the left, the year on the right (a one-year
    project repeats the period)."""
    a = year or (total, fiscal, other)
    return [
        ["中期资金总额", wan(total), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(other), "其他资金", wan(a[2])],
    ]


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header; tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a return (dated in the autumn before the year)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          when or day(YEAR - 1, 10, 28, CN_DATE))  # fmt: skip
