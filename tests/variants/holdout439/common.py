"""Helpers shared by the returns of the 439th held-out set (澄屿区 construction waste): a book
with its first sheet, money rows in 万元, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄屿区城市管理和综合执法局（318006）"
PLANT = "澄屿区建筑垃圾资源化利用中心"
SQUAD = "澄屿区渣土运输执法大队"
OFFICE = "澄屿区建筑垃圾管理所"
WIDE = (16, 18, 30, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, 其中 财政拨款, 其他资金."""
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
        [None, None, "其他资金", w(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", w(period[0]), "年度资金总额", w(annual[0])],
        ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])],
        ["其他资金", w(period[2]), "其他资金", w(annual[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(
        f"填报人：{person}", None, f"联系电话：{phone}", "填报日期", filled or day(YEAR - 1, 11, 26)
    )
