"""Helpers shared by the returns of the 358th held-out set: a book with its first sheet, the
money rows of the project head, an indicator table under its header with tier-1 and tier-2
merged down, notes merged across the table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, money

WIDTHS = (16, 18, 30, 16, 16, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _m(v: Any, fmt: str) -> Any:
    return v if isinstance(v, C) or v is None else money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)],
        ["其他资金", _m(other, fmt), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = "0.00") -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [a, _m(p, fmt), b, _m(y, fmt)] for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature line under the table: 填报人, 联系电话 and the fill date."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
