"""Helpers shared by the returns of the 842nd held-out set (urban street lighting)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def period_money(period: Any, annual: Any) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project, all of it 财政拨款."""
    return [
        ("中期资金总额", w(period), "年度资金总额", w(annual)),
        ("其中：财政拨款", w(period), "其中：财政拨款", w(annual)),
        ("其他资金", w(0), "其他资金", w(0)),
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填表人：{filler}", f"联系电话：{phone}", "填报日期",
          day(*when))  # fmt: skip
