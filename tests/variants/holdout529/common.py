"""Helpers shared by the returns of the 529th held-out set: a book with its first sheet, money
rows in 万元, indicator tables with tier-1 and tier-2 merged down, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDE = (16, 16, 30, 16, 16, 16, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell keeps its marks)."""
    if v is None or isinstance(v, C):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footnotes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Note lines under (or inside) a table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 12, d: int = 10) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("单位负责人：", who, "填表人：", "（签字）", "联系电话：", phone)
    s.row("填报日期：", day(year - 1, month, d), None, "（单位盖章）")
