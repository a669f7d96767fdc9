"""Helpers shared by the 860th held-out set: books, money rows, indicator tables, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
NAT = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (18, 18, 30, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    total = total if isinstance(total, C) else w(total)
    return [["年度资金总额", total, "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def multi(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    cell = [v if isinstance(v, C) else w(v) for v in (*period, *annual)]
    return [
        ["中期资金总额", cell[0], "年度资金总额", cell[3]],
        ["其中：财政拨款", cell[1], "其中：财政拨款", cell[4]],
        ["其他资金", cell[2], "其他资金", cell[5]],
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def footer(s: Sheet, notes: Sequence[str] = (), who: str = "填表人：", filled: Any = None) -> None:
    """注 lines under the table, then signature and date lines."""
    for text in notes:
        s.row(text, merge=[(1, 6)])
    s.skip()
    s.row(who, None, "联系电话：0736-5812047", None, "单位负责人（签字）：")
    s.row("填报日期：", filled or day(YEAR - 1, 12, 6))
