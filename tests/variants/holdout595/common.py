"""Helpers shared by the returns of the 595th held-out set (goose farms, star-anise groves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
TIERS = ("一级指标", "二级指标", "三级指标")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (period and year the same)."""
    return [
        ("实施期资金总额", wan(fiscal + other), "年度资金总额", total),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """Notes, signature and date lines under a table."""
    s.skip()
    s.row("注：指标值以项目实施方案和年度工作计划为依据，由实施单位填报。", merge=[(1, 6)])
    s.row("填表人：", person, "联系电话：", phone, "审核人：", "（签字）")
    s.row("填报日期：", when or day(YEAR - 1, 11, 26, 'yyyy"年"m"月"d"日"'))
