"""Helpers the returns of the 786th held-out set share: a book with its first sheet, money rows
in 万元, an indicator table under its header with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "砚湖县"
DEPT = "砚湖县文化广电旅游体育局（317）"
LIB = "砚湖县图书馆"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """The signature and date line under the table."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", day(*filled))
