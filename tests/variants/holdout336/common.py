"""Helpers shared by the 336th held-out set: books, money rows, indicator tables, notes and
signature lines for the invented 朔澜市 waterway returns (ship locks, channels, gate overhaul)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "朔澜市交通运输局（406）"
WIDE = (16, 18, 30, 18, 18, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)], ["其他资金", wan(other)]]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, date: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", f"联系电话：{phone}", "填报日期：",
          date)  # fmt: skip
