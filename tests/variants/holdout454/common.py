"""Helpers shared by the returns of the 454th held-out set: a book with its first sheet, money
rows, indicator tables under their header (tier-1 and tier-2 merged down), notes and signature
lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
STD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WIDE = (16, 16, 30, 18, 18, 18)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def annual(total: Any, fiscal: Any, other: Any, fiscal_label: str = "其中：财政拨款",
           other_label: str = "其他资金") -> list[tuple[Any, ...]]:  # fmt: skip
    """Money rows of a one-year project: total = fiscal + other."""
    return [("年度资金总额", total, fiscal_label, fiscal), (other_label, other, None, None)]


def period(whole: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, whole[i], b, year[i]) for i, (a, b) in enumerate(labels)]


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
