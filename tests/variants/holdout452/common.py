"""Helpers shared by the 452nd held-out set: circus and magic troupes touring rural shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDTHS = (16, 18, 30, 16, 16, 14, 12)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def one_year(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 and 年度 blocks alike (total = grant + other)."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(grant), "其中：财政拨款", wan(grant)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def short_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a stacked project: one block, 资金总额 with its two sources."""
    return [("资金总额", total, "其中：财政拨款", grant), (None, None, "其他资金", other)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signatures(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature and date lines under the table (the fill date may precede the budget year)."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, "填报日期：", day(*filled, fmt='yyyy"年"m"月"d"日"'))
