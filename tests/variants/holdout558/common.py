"""Helpers shared by the returns of the 558th held-out set (rural waste sorting and compost)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import CN_DATE, Book, C, Sheet, day, money

YEAR = 2026
COUNTY = "栖梧县"
PHONE = "0738-6215407"
WIDE = (16, 16, 30, 14, 14, 12, 12)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amt(v: Any, fmt: str = "0.00") -> C:
    """An amount cell; a marked value keeps its marks and gets the number format."""
    if isinstance(v, C):
        return v if v.fmt else replace(v, fmt=fmt)
    return money(v, fmt)


def money_rows(period: Sequence[Any], annual: Sequence[Any], fmt: str = "0.00") -> list[
        list[Any]]:  # fmt: skip
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) each."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    first = ("中期", "年度")
    rows = []
    for i, label in enumerate(labels):
        left = f"{first[0]}{label}" if i == 0 else label
        right = f"{first[1]}{label}" if i == 0 else label
        rows.append([left, amt(period[i], fmt), right, amt(annual[i], fmt)])
    return rows


def annual_rows(total: Any, fiscal: Any, other: Any, fmt: str = "0.00",
                labels: Sequence[str] = ("其中：财政拨款", "其他资金"),
                ) -> list[list[Any]]:  # fmt: skip
    """Only the year's money: 年度资金总额, then its two sources on one line."""
    return [["年度资金总额", amt(total, fmt), None, None],
            [labels[0], amt(fiscal, fmt), labels[1], amt(other, fmt)]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, filled: Any = None, phone: str = PHONE) -> None:
    """The signature and date line under a table (filled in the autumn before the year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：",
          filled or day(YEAR - 1, 10, 28, CN_DATE))  # fmt: skip


def cn(y: int, m: int, d: int) -> C:
    """A date cell shown the Chinese way."""
    return day(y, m, d, CN_DATE)
