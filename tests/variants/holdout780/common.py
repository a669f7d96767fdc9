"""Helpers shared by the returns of the 780th held-out set (枫泽市公安局, all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

BUREAU = "枫泽市公安局（318001）"
TRAFFIC = "枫泽市公安局交通警察支队"
ANTIFRAUD = "枫泽市公安局反电信网络诈骗中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDE = (16, 20, 32, 20, 20, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format (marks kept)."""
    if isinstance(value, C):
        return C(value.value, WAN, value.marks)
    return money(value, WAN)


def funds(period: Sequence[Any], year: Sequence[Any] | None = None,
          first: str = "资金总额") -> list[list[Any]]:  # fmt: skip
    """Money rows of a project head: (total, fiscal, other) for the period and for the year."""
    y = year or period
    return [
        [first, wan(period[0]), "年度资金总额", wan(y[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(y[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(y[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, chief: str | None = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    if chief:
        s.row(f"单位负责人：{chief}", None, f"填报人：{who}", f"联系电话：{phone}")
    else:
        s.row(f"填报人：{who}", None, f"联系电话：{phone}")
    s.row("填报日期", date)
