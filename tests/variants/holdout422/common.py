"""Helpers shared by the returns of the 422nd held-out set (窨井盖 retrofit and monitoring)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

CITY = "澄岭市"
DEPT = "澄岭市城市管理局（417003）"
UNIT = "澄岭市市政设施管护中心"
PROJECT_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 32, 14, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format (a marked ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def fund(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def fund2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{k}" if i == 0 else k, wan(p), f"年度{k}" if i == 0 else k, wan(a))
            for i, (k, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(head, None, "填报人：", who, "联系电话：", phone)
    s.row("填报日期：", when)
