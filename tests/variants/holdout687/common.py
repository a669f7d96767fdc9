"""Helpers shared by the returns of the 687th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")
TIERS2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def funds(
    total: Any, fin: Any, other: Any, period: Sequence[Any] | None = None
) -> list[tuple[Any, ...]]:
    """Money rows of a project head: 中期 (or the whole period) on the left, 年度 on the right."""
    p = period or (total, fin, other)
    return [
        ("中期资金总额", wan(p[0]), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(p[2]), "其他资金", wan(other)),
    ]


def grid(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
