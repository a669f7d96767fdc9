"""Helpers shared by the returns of the 846th held-out set (rural housing safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 18, 30, 14, 18, 14)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a ``C`` passes unchanged)."""
    return v if isinstance(v, C) else money(v, WAN)


def open_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, fiscal_label: str = "其中：财政拨款",
          other_label: str = "其他资金") -> list[list[Any]]:  # fmt: skip
    """The money rows of a one-year project head."""
    return [["资金总额", wan(total), fiscal_label, wan(fiscal)],
            [other_label, wan(other), None, None]]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "财政拨款", "其他资金")
    return [[f"中期{k}", wan(p), f"年度{k}", wan(a)] for k, p, a in zip(labels, period, annual,
                                                                     strict=True)]  # fmt: skip


def header(s: Sheet, *words: str) -> int:
    """One header row of the indicator table."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows under their header, tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """A blank line, then the filler, the phone and the fill date."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期：", date)
