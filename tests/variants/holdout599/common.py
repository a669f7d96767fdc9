"""Helpers shared by the returns of the 599th held-out set (bullfrog and soft-shell turtle ponds,
the county aquatic-seed station of 萍川县): a book with its first sheet, money rows in 万元, an
indicator table under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "萍川县"
AGRI = "萍川县农业农村局（413）"
STATION = "萍川县水产苗种站"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a marked ``C`` keeps its format)."""
    if isinstance(value, C):
        return value if value.fmt else C(value.value, WAN, value.marks)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def two_cols(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a)]
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), second: Sequence[Any] = ()) -> int:  # fmt: skip
    """A header row (and an optional second header row), then the indicator rows with the
    tier columns in ``merged`` merged down; returns the last row written."""
    s.row(*header)
    if second:
        s.row(*second)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any = None) -> None:
    """A blank line, then the 填报人 / 联系电话 / 填报日期 line."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          date or day(YEAR - 1, 11, 12, 'yyyy"年"m"月"d"日"'))  # fmt: skip
