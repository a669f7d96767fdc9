"""Helpers shared by the 703rd held-out set: a county forest farm's fire-prevention returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

FARM = "桐岙县雾屏山国有林场"
DEPT = "桐岙县林业局（318006）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for each column."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def block(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD, col: int = 1,
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a return."""
    s.skip()
    s.row("填报人", who, "联系电话", phone, "填报日期", when)
