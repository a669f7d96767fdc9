"""Helpers shared by the returns of the 785th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: float, annual: float) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project, all from 财政拨款."""
    return [("中期资金总额", wan(period), "年度资金总额", wan(annual)),
            ("其中：财政拨款", wan(period), "其中：财政拨款", wan(annual)),
            ("其他资金", wan(0), "其他资金", wan(0))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row("绩效指标", merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any, chief: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    if chief:
        s.row("单位负责人（签字）：", chief, None, "（单位盖章）")
