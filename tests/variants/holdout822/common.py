"""Helpers shared by the returns of the 822nd held-out set (柘岭县, an invented county)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
BUREAU = "柘岭县卫生健康局（417003）"
HOSPITAL = "柘岭县人民医院"
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEADER = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project (资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEADER,
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date lines at the foot of a return."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报人（签字）：", None, None, "填报日期：", day(*when))
