"""Shared pieces of the 191st held-out corpus: money rows and indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money


def wan(v: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(v, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    return [("年度资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other)]


def multi_money(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(total, fiscal, other) for the 中期 and the 年度 columns."""
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def indicators(s: Sheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """The 绩效指标 caption, a header row and the rows, tier columns merged down."""
    s.row("绩效指标", merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def signature(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
