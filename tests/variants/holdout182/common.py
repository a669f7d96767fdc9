"""Helpers shared by the returns of the 182nd held-out set: money lines of the project head,
indicator tables with merged tier cells, footnote and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

PLACES = ("青禾县", "柳塘县", "石埠县", "云溪市", "鹤田县", "南垣市")


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """年度资金总额 with 财政拨款 and 其他资金 (万元)."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def period_money(mid: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 columns, each (资金总额, 财政拨款, 其他资金) in 万元."""
    return [
        ("中期资金总额", wan(mid[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(mid[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(mid[2]), "其他资金", wan(annual[2])),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, *lines: Any) -> None:
    """A blank line, then one text line per footnote or signature."""
    s.skip()
    for line in lines:
        s.row(line)
