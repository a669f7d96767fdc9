"""Helpers shared by the returns of the 114th held-out corpus: money rows, a header row and an
indicator table, and the footer lines offices leave under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, money

WIDE = (14, 16, 30, 18, 18, 14, 14, 22)


def one_year(total: Any, fin: Any, other: Any, fmt: str = "0.00") -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    t = total if not isinstance(total, (int, float)) else money(total, fmt)
    return [
        ("年度资金总额", t, "其中：财政拨款", money(fin, fmt)),
        ("其他资金", money(other, fmt), None, None),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, money(p), b, money(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> None:
    s.row(*header)
    s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签章）：")
    s.row(f"填报日期：{date}")


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, WIDE)
