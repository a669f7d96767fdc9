"""Small helpers shared by the returns of the 124th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def w(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), second: Sequence[Any] = ()) -> None:  # fmt: skip
    """An indicator table: a header row (and an optional second header row), then the rows."""
    s.row(*header)
    if second:
        s.row(*second)
    s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, date: Any) -> None:
    s.skip(1)
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "（单位公章）")
