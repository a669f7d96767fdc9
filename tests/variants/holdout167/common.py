"""Shared helpers of the 167th held-out set: money blocks, indicator tables, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money


def w(value: float) -> Any:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (资金总额 = 财政拨款 + 其他资金)."""
    return [("资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row and the indicator rows, tier cells merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, filled: str) -> None:
    """The signature line under a table."""
    s.skip()
    s.row(f"单位负责人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{filled}")
