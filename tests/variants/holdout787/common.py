"""Helpers shared by the 787th held-out set: a book with its first sheet, money rows, an
indicator table under its header with tier-1 and tier-2 merged down, footnotes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format only (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Any, annual: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a multi-year project: the year's 财政拨款 + 其他资金 = 年度资金总额."""
    return [
        ["中期资金总额", wan(period), "年度资金总额", wan(annual)],
        ["年度其中：财政拨款", wan(fiscal), "年度其他资金", wan(other)],
    ]


def table(s: Sheet, header: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """Header row(s), then the indicator rows with the tier columns merged down."""
    for h in header:
        s.row(*h)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, boss: str = "单位负责人：") -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", boss, "填报日期", when)
