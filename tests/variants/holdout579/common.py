"""Helpers shared by the returns of the 579th held-out set (ginger cellars, longan drying)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(annual: tuple[float, float], period: tuple[float, float] | None = None) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """Money rows of a project head: (total, fiscal) for the year and the whole period; the
    rest is 其他资金."""
    p = period or annual
    return [
        ("中期资金总额", wan(p[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(round(p[0] - p[1], 2)), "其他资金", wan(round(annual[0] - annual[1], 2))),
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: C | None = None, year: int = 2025) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", filled or day(year - 1, 11, 26))
