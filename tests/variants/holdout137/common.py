"""Helpers shared by the 137th held-out corpus: money rows, indicator tables, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money


def w(v: float) -> Any:
    """An amount in 万元, the unit only in the number format."""
    return money(v, WAN)


def one_year(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    return [("资金总额", w(total), "其中：财政拨款", w(grant)), ("其他资金", w(other), None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(total, grant, other) for the period and the year."""
    return [
        ("中期资金总额", period[0] if not isinstance(period[0], float | int) else w(period[0]),
         "年度资金总额", annual[0] if not isinstance(annual[0], float | int) else w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), second: Sequence[Any] | None = None) -> int:  # fmt: skip
    s.row(*header)
    if second is not None:
        s.row(*second)
    return s.table(rows, merged=merged)


def footer(s: Sheet, *lines: Any) -> None:
    s.skip()
    for line in lines:
        s.row(line)
