"""Helpers shared by the returns of the 856th held-out set (pine wilt disease in the invented
枫岙县 and its 鹤坪国有林场): books, money rows, tiered tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

BUREAU = "枫岙县林业局（317006）"
STATION = "枫岙县森林病虫害防治检疫站"
FARM = "枫岙县鹤坪国有林场"
WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, then its two sources."""
    t = total if isinstance(total, C) else wan(total)
    f = fiscal if isinstance(fiscal, C) else wan(fiscal)
    o = other if isinstance(other, C) else wan(other)
    return [["年度资金总额", t, "其中：财政拨款", f], [None, None, "其他资金", o]]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    p = [v if isinstance(v, C) else wan(v) for v in period]
    a = [v if isinstance(v, C) else wan(v) for v in annual]
    return [
        ["中期资金总额", p[0], "年度资金总额", a[0]],
        ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
        ["其他资金", p[2], "其他资金", a[2]],
    ]


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date lines that close a return."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", day(*when))
