"""Helpers shared by the returns of the 161st held-out set (forestry and grassland)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "绩效目标表", widths: Sequence[float] = (14, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    return [("资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(总额, 财政拨款, 其他资金) for the 中期 and the 年度 columns."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    s.row(*header)
    s.table(rows, merged=merged)


def signature(s: Sheet, person: str, phone: str, y: int, m: int, d: int) -> None:
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(y, m, d))


def footnotes(s: Sheet, *lines: str, width: int = 6) -> None:
    for t in lines:
        s.row(t, merge=[(1, width)])
