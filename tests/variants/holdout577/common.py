"""Helpers shared by the returns of the 577th held-out set (榨菜 and 粽子 food parks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
WIDE = (16, 16, 30, 18, 18, 18, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)), ("其他资金", w(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows: list[tuple[Any, ...]] = []
    for i, label in enumerate(labels):
        p = period[i] if not isinstance(period[i], float | int) else w(period[i])
        a = annual[i] if not isinstance(annual[i], float | int) else w(annual[i])
        rows.append((f"中期{label}", p, f"年度{label}", a))
    return rows


def header(s: Sheet, *words: str) -> int:
    """One header row."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, tel: str, when: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", tel, "填报日期：", when)
