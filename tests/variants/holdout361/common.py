"""Helpers shared by the returns of the 361st held-out set (puppetry and shadow-play troupes):
a book with its first sheet, money rows, an indicator table under its header with tier-1 and
tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

WIDE = (16, 16, 30, 14, 16, 14, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def project_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [[a, p, b, y] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row; tier columns in ``merged`` are merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: Any, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: C | None = None) -> None:
    """Signature and date lines under the table (the fill date is a date cell)."""
    s.skip()
    s.row(
        "填报人：", person, "联系电话：", phone, "填报日期：", filled or day(2024, 12, 16, CN_DATE)
    )
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：", None, None)
