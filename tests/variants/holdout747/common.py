"""Helpers shared by the 747th held-out set: books, money rows, indicator tables, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

PROVINCE = "澄岭省卫生健康委员会（412001）"
NAT = ("产出指标", "成本指标", "效益指标", "满意度指标")


def start(
    title: str = "Sheet1", widths: Sequence[float] = (18, 18, 32, 16, 16, 14)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(v: Any) -> Any:
    """An amount with 万元 only in the number format (a C passes through unchanged)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, of which grant, other funds."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(grant)], ["其他资金", w(other)]]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, grant, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        first = f"中期{label}" if i == 0 else label
        second = f"年度{label}" if i == 0 else label
        rows.append([first, w(p[i]), second, w(a[i])])
    return rows


def header(s: Sheet, *words: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*words)


def block(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down (None continues the block)."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature line: 填报人, 联系电话, 填报日期 (a date cell, by default in November of 2025)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(2025, 11, 20))
