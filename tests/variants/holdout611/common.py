"""Helpers shared by the returns of the 611th held-out set: ostrich and musk deer farms and the
breeding-stock and feed station of the invented 栖麓县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "栖麓县农业农村局（318）"
TIERS = ("一级指标", "二级指标", "三级指标")


def new_book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (marked cells kept as they are)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: total, then its two sources."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(
        "单位负责人（签字）：",
        None,
        "填报人：" + person,
        "联系电话：" + phone,
        "填报日期",
        filled or day(YEAR - 1, 11, 18, CN_DATE),
    )
