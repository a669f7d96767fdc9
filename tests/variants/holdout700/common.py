"""Helpers shared by the returns of the 700th held-out set: a book with its first sheet, money
rows in 万元, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "栎川县"
SIX = (16, 16, 30, 18, 18, 18)
EIGHT = (20, 22, 14, 14, 28, 12, 14, 12)


def open_book(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元, the unit only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a)]
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> list[list[Any]]:
    """The budget row of a department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [[wan(total), wan(fiscal), wan(other), wan(basic), wan(project)]]


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, head: str, clerk: str, phone: str, filled: Any) -> int:
    """The signature and date line under a table."""
    return s.row("单位负责人：", head, "填报人：", clerk, f"联系电话：{phone}", filled)
