"""Helpers shared by the returns of the 694th held-out set (jasmine gardens, a tea-scenting
workshop and a flower-picking labour service for older villagers, all in the invented 香垅县)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "香垅县"
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell keeps its marks)."""
    if isinstance(x, C):
        return x if x.fmt else replace(x, fmt=WAN)
    return None if x is None else money(x, WAN)


def plain(x: Any) -> Any:
    """The value without its marks (a one-year project repeats its figures unmarked)."""
    return replace(x, marks=()) if isinstance(x, C) else x


def funds(total: Any, fiscal: Any, other: Any,
          annual: Sequence[Any] | None = None) -> list[list[Any]]:  # fmt: skip
    """The money block: 实施期 and 年度 columns; a one-year project repeats its figures."""
    a = annual or (plain(total), plain(fiscal), plain(other))
    return [
        ["实施期资金总额", wan(total), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(other), "其他资金", wan(a[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)


HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
