"""Helpers shared by the returns of the 352nd held-out set (self-drive and RV tourism)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (18, 18, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format only (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) twice."""
    (pt, pf, po), (at, af, ao) = period, annual
    return [
        ["中期资金总额", w(pt), "年度资金总额", w(at)],
        ["其中：财政拨款", w(pf), "其中：财政拨款", w(af)],
        ["其他资金", w(po), "其他资金", w(ao)],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str | None = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    if head:
        s.row(f"单位负责人（签字）：{head}", None, None, "（单位盖章）")
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", date)
