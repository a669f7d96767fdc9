"""Helpers shared by the returns of the 348th held-out set (campsites and scenic-area safety)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet

WIDE = (16, 18, 30, 16, 16, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format only (a marked cell keeps its marks)."""
    if isinstance(value, C):
        return replace(value, fmt=value.fmt or WAN)
    return C(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> int:
    """Signature, phone and date line under a table."""
    return s.row("填表人：", who, "联系电话：", phone, "填报日期：", filled)
