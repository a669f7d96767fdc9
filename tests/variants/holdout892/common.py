"""Helpers shared by the returns of the 892nd held-out set (market supervision: product quality
spot checks and metrology verification). Every place, unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CITY = "栖桐市"
WIDTHS = (16, 18, 30, 16, 16, 14, 12)


def wan(value: Any) -> Any:
    """A 万元 amount with the unit only in the number format; C cells pass through."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 with 财政拨款 and 其他资金."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """The signature line under a return: 填报人, 联系电话, 填报日期."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
