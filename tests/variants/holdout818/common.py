"""Helpers shared by the 818th held-out set (a county library in the invented 栖霞渡县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
DEPT = "栖霞渡县文化广电和旅游局（418003）"
LIB = "栖霞渡县图书馆"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def w(v: float, fmt: str = WAN) -> Any:
    """An amount in 万元, the unit carried by the number format only."""
    return money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period(tt: Any, ff: Any, oo: Any, t: Any, f: Any, o: Any) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project head: the period, then the year."""
    return [
        ("中期资金总额", tt, "年度资金总额", t),
        ("其中：财政拨款", ff, "其中：财政拨款", f),
        ("其他资金", oo, "其他资金", o),
    ]


def table(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, person: str, phone: str, m: int = 11, d: int = 18) -> None:
    """Signature and date lines under the table (dated in the autumn before the budget year)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(YEAR - 1, m, d))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
