"""Helpers shared by the returns of the 608th held-out set (paper-making, brick kilns, a craft
fair): a book with its first sheet, money rows, indicator tables, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
COUNTY = "苎岭县"
WIDTHS = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    total = total if isinstance(total, C) else w(total)
    return [("年度资金总额", total, "其中：财政拨款", w(fiscal)), ("其他资金", w(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    p = [v if isinstance(v, C) else w(v) for v in period]
    a = [v if isinstance(v, C) else w(v) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def header(s: Sheet, *cols: str) -> int:
    """The header row of an indicator table (default: one value column)."""
    return s.row(*(cols or ("一级指标", "二级指标", "三级指标", "指标值")))


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """An indicator table with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=(1, 2), col=col)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return (filled late in the year before)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          filled or day(YEAR - 1, 12, 8))  # fmt: skip
