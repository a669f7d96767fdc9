"""Helpers shared by the returns of the 419th held-out set (城市体育局定向越野赛事与城市步道网)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
BUREAU = "澄湾市体育局（317）"
CENTRE = "澄湾市定向运动管理中心"
TRAILS = "澄湾市城市步道建设养护站"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}", p, f"年度{lab}", a) for lab, p, a in zip(labels, period, annual,
                                                                   strict=True)]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under a table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填报人：" + who, "联系电话：" + phone)
    s.row("填报日期：", when or day(YEAR - 1, 10, 28))


def notes(s: Sheet, *lines: str) -> None:
    """注 / 填表说明 lines under a table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, 6)])
