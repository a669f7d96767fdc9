"""Helpers shared by the returns of the 646th held-out set (澄岭县, invented): a book with its
first sheet, money rows, indicator tables under their header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
FOREST = "澄岭县林业局（215）"
MARKET = "澄岭县市场监督管理局（308）"
WIDTHS = (16, 18, 30, 18, 18, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a ``C`` is kept as it is)."""
    return v if v is None or isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: total, then 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, (p, a) in enumerate(zip(period, annual, strict=True)):
        left = f"中期{labels[0]}" if i == 0 else labels[i]
        right = f"年度{labels[0]}" if i == 0 else labels[i]
        rows.append([left, wan(p), right, wan(a)])
    return rows


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
) -> int:
    """An indicator table: its header row, then the rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int], chief: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when, fmt=CN_DATE))
    s.row("单位负责人（签字）：", chief or "（签字）", None, "单位（盖章）：", None, None)
