"""Helpers shared by the returns of the 850th held-out set (soil and water conservation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
