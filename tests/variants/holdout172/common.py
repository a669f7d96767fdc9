"""Shared helpers of the 172nd held-out corpus: money rows, a 资金来源 block, indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (18, 18, 32, 18, 18, 18)


def w(x: float) -> C:
    """An amount in 万元 carried by the number format."""
    return C(x, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def source_block(s: Sheet, total: Any, fiscal: Any, other: Any, note: str = "") -> None:
    """A horizontal 资金来源 block: 合计 | 财政拨款 | 其他资金 (| 说明)."""
    s.row("资金来源（万元）", "合计", "财政拨款", "其他资金", "资金用途说明", None, merge=[(5, 6)])
    s.row(None, total, fiscal, other, note, merge=[(5, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def indicators(
    s: Sheet, header: Sequence[str], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The 绩效指标 header row and its rows, tier cells merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, when: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, "单位负责人（签字）：", None, f"填报日期：{when}", None)


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, WIDE)


__all__ = ["book", "indicators", "money", "multi_year", "one_year", "sign", "source_block", "w"]
