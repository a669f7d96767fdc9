"""Helpers shared by the returns of the 803rd held-out set (veterinary services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

__all__ = ["department_head", "first", "notes", "period_money", "project_head", "sign",
           "table", "wan", "year_money"]  # fmt: skip


def first(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 16, 16, 12)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def year_money(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: float, annual: float, fiscal: float, other: float) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """Money rows of a multi-year project: the split is the annual one."""
    return [("中期资金总额", wan(period), "年度资金总额", wan(annual)),
            ("其中：财政拨款", wan(fiscal), "其他资金", wan(other))]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A blank line, then the signature and date line."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
