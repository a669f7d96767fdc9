"""Helpers shared by the returns of the 158th held-out set: money blocks, indicator tables and
the lines below a table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def amount(value: Any, fmt: str = WAN) -> C:
    """An amount with its unit in the number format (a marked value keeps its mark)."""
    if isinstance(value, C):
        return value if value.fmt else replace(value, fmt=fmt)
    return money(value, fmt)


def one_year_money(total: Any, fin: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额, 财政拨款, 其他资金."""
    return [
        ("资金总额", amount(total, fmt), "其中：财政拨款", amount(fin, fmt)),
        ("其他资金", amount(other, fmt), None, None),
    ]


def period_money(
    period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN, first: str = "中期资金总额"
) -> list[tuple[Any, ...]]:
    """The money rows of a project with a 中期 (or 实施期) column and a 年度 column, each
    (资金总额, 财政拨款, 其他资金)."""
    (pt, pf, po), (at, af, ao) = period, annual
    return [
        (first, amount(pt, fmt), "年度资金总额", amount(at, fmt)),
        ("其中：财政拨款", amount(pf, fmt), "其中：财政拨款", amount(af, fmt)),
        ("其他资金", amount(po, fmt), "其他资金", amount(ao, fmt)),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row of an indicator table and its rows, tier cells merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines_below(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnotes and signature lines under a table, each merged across it."""
    for text in lines:
        s.row(text, merge=[(1, width)])
