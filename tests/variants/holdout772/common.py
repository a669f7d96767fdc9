"""Helpers shared by the 772nd held-out set's returns (forestry and grassland bureau)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
TIERS2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def funds(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def funds2(period: Any, annual: Any) -> list[tuple[Any, ...]]:
    """A multi-year money block, all from 财政拨款."""
    return [("中期资金总额", period, "年度资金总额", annual),
            ("其中：财政拨款", period, "其中：财政拨款", annual)]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = TIERS,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def filled(y: int = 2024, m: int = 11, d: int = 18) -> C:
    return day(y, m, d)
