"""Helpers shared by the returns of the 559th held-out set (township judicial offices and
people's mediation committees of the invented 砚川县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "砚川县司法局 417003"
WIDE = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head, amounts in 万元 by number format."""
    t = total if not isinstance(total, (int, float)) else money(total, WAN)
    f = fiscal if not isinstance(fiscal, (int, float)) else money(fiscal, WAN)
    o = other if not isinstance(other, (int, float)) else money(other, WAN)
    return [("年度资金总额", t, "其中：财政拨款", f), ("其他资金", o)]


def period_wan(period: float, annual: float) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head, all from 财政拨款."""
    p, a = money(period, WAN), money(annual, WAN)
    return [
        ("中期资金总额", p, "年度资金总额", a),
        ("其中：财政拨款", money(period, WAN), "其中：财政拨款", money(annual, WAN)),
        ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
    ]


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[Any], width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """A blank line, then the filler, the phone number and the fill date."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
