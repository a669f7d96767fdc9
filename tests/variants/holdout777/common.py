"""Helpers shared by the returns of the 777th held-out set (ecology and environment bureau)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]
WIDE = (16, 18, 30, 14, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额, 财政拨款, 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Any, total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a multi-year project: 中期 and 年度 totals, the year's sources."""
    return [["中期资金总额", period, "年度资金总额", total],
            ["年度财政拨款", fiscal, "年度其他资金", other]]  # fmt: skip


def indicators(s: Sheet, header: Row, rows: Sequence[Row], *, label: str | None = "绩效指标",
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
    s.row(head, None, "（单位盖章）")
