"""Helpers shared by the returns of the 584th held-out set (banana ripening rooms and plantation
disease control): a book with its first sheet, money rows, indicator tables with tier-1 and
tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
TIERED = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (万元 carried by the number format)."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        ("其他资金", money(other, WAN), None, None),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, fiscal, other) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows: list[tuple[Any, ...]] = []
    for i, label in enumerate(labels):
        rows.append((f"中期{label}" if i == 0 else label, money(period[i], WAN),
                     f"年度{label}" if i == 0 else label, money(annual[i], WAN)))  # fmt: skip
    return rows


def header(s: Sheet, *words: Any) -> int:
    """The header row of an indicator table (the tiered default when no words are given)."""
    return s.row(*(words or TIERED))


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2),
               col: int = 1) -> int:  # fmt: skip
    """Indicator rows with tier-1 and tier-2 merged down (None continues the block)."""
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*filled))
