"""Helpers shared by the returns of the 293rd held-out set (intellectual property): a book with
its first sheet, money rows in 万元, indicator tables under their header with tier-1 and tier-2
merged down, caption and note rows, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money, pct

YEAR = 2026
Row = Sequence[Any]
WIDE = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a ``C`` passes unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, labels: Row = ()) -> list[Row]:
    """Money rows of a one-year project head: 年度资金总额, 其中：财政拨款, 其他资金."""
    names = labels or ("年度资金总额", "其中：财政拨款", "其他资金")
    return [(names[0], wan(total)), (names[1], wan(fiscal)), (names[2], wan(other))]


def multi_year(period: Row, annual: Row) -> list[Row]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期, then for 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def budget(total: float, fiscal: float, other: float, basic: float, project: float,
           shares: bool = False) -> list[Row]:  # fmt: skip
    """A department budget: the amounts, and their 占比 (rounded shares) when asked."""
    amounts = (total, fiscal, other, basic, project)
    rows: list[Row] = [tuple(wan(a) for a in amounts)]
    if shares:
        rows.append(tuple(pct(round(a / total, 4), "0.00%") for a in amounts))
    return rows


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def caption(s: Sheet, text: Any, width: int = 6) -> int:
    """One line of text merged across the table (a caption, a note, an instruction)."""
    return s.row(text, merge=[(1, width)])


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    for line in lines:
        caption(s, line, width)


def signature(s: Sheet, person: str, phone: str, when: C | None = None) -> None:
    """A blank line, then 填报人 · 联系电话 · 填报日期 (by default late in the year before)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期：",
          when or day(YEAR - 1, 12, 8, CN_DATE))  # fmt: skip
