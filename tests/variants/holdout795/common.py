"""Helpers shared by the 795th held-out set: a book with its first sheet, money rows for the
project head, an indicator table under its header with tier-1 and tier-2 merged down, notes
and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

W6 = (16, 18, 30, 16, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked cell kept as is)."""
    return v if isinstance(v, C) else money(v, WAN)


def cn_day(y: int, m: int, d: int) -> C:
    """A date cell shown as ``2025年10月31日``."""
    return day(y, m, d, CN_DATE)


def one_year(total: Any, fiscal: Any, other: Any, fiscal_label: str = "其中：财政拨款",
             other_label: str = "其他资金") -> list[tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year project head: total, 财政拨款, 其他资金."""
    return [("年度资金总额", wan(total), fiscal_label, wan(fiscal)),
            (None, None, other_label, wan(other))]  # fmt: skip


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(year[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(year[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(year[2]))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str = "填表人") -> None:
    """A signature line: who filled the return, a phone number and a date cell."""
    s.skip()
    s.row(f"{head}：{who}", None, f"联系电话：{phone}", None, "填报日期", date,
          merge=[(1, 2), (3, 4)])  # fmt: skip
