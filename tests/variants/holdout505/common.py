"""Helpers shared by the returns of the 505th held-out set (karst rocky desertification control
and mine-pit regreening): a book with its first sheet, money rows in 万元 carried by the number
format, an indicator table under its header with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (16, 18, 30, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked cell passes as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", cash(total), "其中：财政拨款", cash(fiscal)],
        ["其他资金", cash(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ["中期资金总额", cash(period[0]), "年度资金总额", cash(annual[0])],
        ["其中：财政拨款", cash(period[1]), "其中：财政拨款", cash(annual[1])],
        ["其他资金", cash(period[2]), "其他资金", cash(annual[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the listed columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, filler: str, phone: str, date: Any, head: str = "") -> None:
    """Signature and date lines under a table."""
    s.skip()
    if head:
        s.row("单位负责人：", head, None, "（单位盖章）")
    s.row("填表人：", filler, "联系电话：", phone, "填报日期：", date)
