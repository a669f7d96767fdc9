"""Helpers shared by the returns of the 580th held-out set (coconut processing and sunflower
seed cooperatives): a book with its first sheet, money rows, indicator tables, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

NAT4 = ("一级指标", "二级指标", "三级指标", "指标值")
OPS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Sequence[float], annual: Sequence[float] | None = None) -> list[list[Any]]:
    """The money rows of a project head: (总额, 财政拨款, 其他资金) for the period and the year
    (the year equal to the period unless given)."""
    a = annual or total
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{labels[0]}" if i == 0 else labels[i], wan(total[i]),
             f"年度{labels[0]}" if i == 0 else labels[i], wan(a[i])] for i in range(3)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str = "单位负责人：") -> None:
    """The signature and date lines under a table."""
    s.skip()
    s.row(head, None, "填报人：", who, "联系电话：", phone)
    s.row("填报日期：", date)
