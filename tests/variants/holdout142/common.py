"""Small helpers shared by the returns of the 142th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: the period and the year are the same."""
    return [
        ["实施期资金总额", total, "年度资金总额", total],
        ["其中：财政拨款", fiscal, "其中：财政拨款", fiscal],
        ["其他资金", other, "其他资金", other],
    ]


def indicators(s: Sheet, headers: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    """The indicator table: one or two header rows, then the rows with tiers merged down."""
    for h in headers:
        s.row(*h)
    s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
