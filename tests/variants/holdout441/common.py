"""Helpers shared by the returns of the 441st held-out set (澜埠县, ballet and dance training
for rural children): a book with its first sheet, money rows in 万元, an indicator table under
its header with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澜埠县文化广电体育和旅游局（217）"
WIDE = (16, 16, 30, 14, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """A number shown in 万元 through its number format; text or marked cells pass unchanged."""
    return money(value, WAN) if isinstance(value, int | float) else value


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 注 or 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: C | None = None) -> None:
    """Signature and date lines under the table (a fill date may fall in the year before)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", "审核人：", None, None)
    s.row("单位负责人（签字）：", None, None, "填报日期", filled or day(YEAR - 1, 11, 26, CN_DATE))
