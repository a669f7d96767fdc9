"""Helpers shared by the returns of the 409th held-out set (sea turtle and marine wildlife
rescue centres): a book with its first sheet, money rows, indicator tables, notes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, day

YEAR = 2025
WIDE = (16, 18, 30, 16, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] | None = None) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """Money rows of a project head: 中期 (实施期) block beside the 年度 block; a one-year
    project repeats the same figures."""
    a = annual or (total, fiscal, other)
    return [
        ("中期资金总额", total, "年度资金总额", a[0]),
        ("其中：财政拨款", fiscal, "其中：财政拨款", a[1]),
        ("其他资金", other, "其他资金", a[2]),
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR, 1, 15))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
