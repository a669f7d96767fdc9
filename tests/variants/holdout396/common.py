"""Helpers shared by the returns of the 396th held-out set (butterfly and insect conservation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
TIERS = ("一级指标", "二级指标", "三级指标")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(total: float, fiscal: float, other: float, label: str = "年度资金总额") -> list[
        list[Any]]:  # fmt: skip
    """Money rows of a one-year project head: total, then 财政拨款 and 其他资金."""
    return [
        [label, wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def lines(s: Sheet, *texts: Any, width: int = 6) -> None:
    """Notes, footnotes or 填表说明 rows merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "填表人联系电话：", phone)
    s.row("填报日期：", date)
