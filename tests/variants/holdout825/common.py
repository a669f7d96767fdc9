"""Helpers shared by the returns of the 825th held-out set (grassland ecology subsidies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fin: Any, other: Any, annual: Any = None, afin: Any = None,
          aother: Any = None) -> list[tuple[Any, ...]]:  # fmt: skip
    """The three money rows of a project head: 中期 (or 项目) and 年度 totals with their parts;
    without annual figures the year repeats the total (a one-year project)."""
    a = (total, fin, other) if annual is None else (annual, afin, aother)
    return [("中期资金总额", total, "年度资金总额", a[0]),
            ("其中：财政拨款", fin, "其中：财政拨款", a[1]),
            ("其他资金", other, "其他资金", a[2])]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
