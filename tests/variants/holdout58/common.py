"""Helpers shared by the returns of the 58th held-out corpus: money rows of the project head,
a header repeated after a page break, page footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money

VILLAGES = (
    "青石村",
    "柳塘村",
    "枫林村",
    "白鹭村",
    "石桥村",
    "杏花村",
    "龙潭村",
    "竹园村",
    "松岗村",
    "梅溪村",
    "桃源村",
    "荷塘村",
    "金沙村",
    "银杏村",
    "云岭村",
    "凤鸣村",
    "黄泥村",
    "马坪村",
    "鹤山村",
    "水口村",
)


def one_year(total: float, fin: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head (万元 in the number format)."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fin, WAN)),
        (None, None, "其他资金", money(other, WAN)),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (total, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (
            f"中期{labels[i]}" if i == 0 else labels[i],
            money(period[i], WAN),
            f"年度{labels[i]}" if i == 0 else labels[i],
            money(annual[i], WAN),
        )
        for i in range(3)
    ]


def paged(rows: list[list[Any]], header: list[Any], every: int) -> list[list[Any]]:
    """Insert the header row again every ``every`` indicator rows (a page break), the tier
    labels written again at the top of the new page as offices print them."""
    out: list[list[Any]] = []
    t1: Any = None
    t2: Any = None
    for i, r in enumerate(rows):
        if r[0] is not None:
            t1 = r[0]
        if r[1] is not None:
            t2 = r[1]
        if i and i % every == 0:
            out.append(list(header))
            r = [t1, t2, *r[2:]]
        out.append(r)
    return out


def footer(s: Sheet, width: int, *lines: str) -> None:
    for line in lines:
        s.row(line, merge=[(1, width)])
