"""Helpers shared by the returns of the 762nd held-out set (澄川市卫生健康委员会)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

COMMISSION = "澄川市卫生健康委员会（418006）"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 16, 18, 14)) -> Book:
    """A new return; its first sheet is made by :func:`first`."""
    b = Book()
    b.sheet(title, widths)
    return b


def first(b: Book) -> Sheet:
    """The book's first sheet as a :class:`Sheet` sharing the book's marks."""
    return Sheet(b.wb.worksheets[0], b.marks)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """年度资金总额 with its 财政拨款 and 其他资金 (one-year project)."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["", None, "其他资金", other]]


def multi_year(period: Any, annual: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """中期 and 年度 totals, the year's total split into 财政拨款 and 其他资金."""
    return [["中期资金总额", period, "年度资金总额", annual],
            ["年度财政拨款", fiscal, "年度其他资金", other]]  # fmt: skip


def header(s: Sheet, *cols: Any) -> int:
    """The indicator table's header row."""
    return s.row(*cols)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, filler: str, phone: str, filled: Any, width: int = 6) -> None:
    """Signature and date lines under the table (the fill date as a date cell)."""
    s.skip()
    s.row(f"单位负责人（签字）：        填报人：{filler}        联系电话：{phone}",
          merge=[(1, width - 2)])  # fmt: skip
    s.row("填报日期", filled if isinstance(filled, C) else day(*filled, fmt=CN_DATE))
