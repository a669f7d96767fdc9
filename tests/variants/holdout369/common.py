"""Helpers shared by the returns of the 369th held-out set (driving schools and driver tests)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

PROJECT = ("一级指标", "二级指标", "三级指标", "指标值")
OPERATOR = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` is kept as it is)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a))
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature line under a return."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
