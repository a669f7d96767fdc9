"""Helpers shared by the returns of the 698th held-out set: a book with its first sheet, money
rows for the project head, department budget rows, indicator tables with tier-1 and tier-2
merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 18, 16, 14)


def new_book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a C, e.g. a marked one, is kept)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [p_label, wan(p), a_label, wan(a)]
        for (p_label, a_label), p, a in zip(labels, period, annual, strict=True)
    ]


def budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> list[Any]:
    """One row under the department budget header, amounts in 万元."""
    return [wan(total), wan(fiscal), wan(other), wan(basic), wan(project)]


def tiers(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, 6)])


def signature(s: Sheet, who: str, phone: str, filled: Any) -> int:
    """A signature line with the fill date as a date cell."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", filled)
