"""Pieces shared by the returns of the 149th held-out set: money lines, headers, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def w(v: float) -> C:
    """An amount in 万元 whose unit lives only in the number format."""
    return money(v, WAN)


def one_year_money(total: float, fiscal: float, other: float) -> list[list[Any]]:
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
        [None, None, "其他资金", w(other)],
    ]


def period_money(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """(总额, 财政拨款, 其他资金) for the 中期 and the year."""
    return [
        ["中期资金总额", w(period[0]), "年度资金总额", w(annual[0])],
        ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])],
        ["其他资金", w(period[2]), "其他资金", w(annual[2])],
    ]


def header2(
    s: Sheet,
    top: Sequence[Any],
    sub: Sequence[Any],
    spans: Sequence[tuple[int, int]],
    downs: Sequence[int],
) -> None:
    """A two-line header: ``spans`` merge across the first line, ``downs`` merge two lines."""
    s.row(*top, merge=spans)
    s.row(*sub)
    for c in downs:
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def footer(s: Sheet, who: str, phone: str, boss: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"单位负责人：{boss}")
    s.row("（单位盖章）")
