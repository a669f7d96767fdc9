"""Helpers shared by the returns of the 170th held-out set: the indicator header, signature
lines and the money rows of one-year and multi-year project heads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money


def w(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额, 其中：财政拨款, 其他资金."""
    return [("资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    """The indicator header and its rows, the tier columns merged down."""
    s.row(*header)
    s.table(rows, merged=merged)


def signature(s: Sheet, who: str, checker: str, when: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"填报日期：{when}")


def sheet(book: Book, title: str = "Sheet1", widths: Sequence[float] = ()) -> Sheet:
    return book.sheet(title, widths or (16, 18, 32, 16, 16, 14, 14))
