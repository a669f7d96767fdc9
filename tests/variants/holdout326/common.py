"""Helpers shared by the returns of the 326th held-out set (pig slaughter supervision and meat
inspection): a book with its first sheet, money rows, indicator tables merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, None, None),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any], split: str = "财政拨款") -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a multi-year head: (总额, first source, second source) per column."""
    second = "其他资金" if split == "财政拨款" else "地方资金"
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        (f"其中：{split}", period[1], f"其中：{split}", annual[1]),
        (second, period[2], second, annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None, year: int = 2025) -> int:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row("单位负责人：", person, "填报人联系电话：", phone, "填报日期：",
          filled or day(year - 1, 11, 12))  # fmt: skip
    return s.row("（单位盖章）", None, None, None, None, None)
