"""Helpers shared by the returns of the 508th held-out set (崖松县: road-side toilets and
司机之家 service stations on the mountain roads of an invented county)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
W6 = (16, 18, 30, 18, 18, 18)
DEPT = "崖松县交通运输局（214001）"
ROADS = "崖松县公路事业发展中心"
SANIT = "崖松县环境卫生管理所"
HAULS = "崖松县道路运输服务中心"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit in the number format only (a ``C`` is kept as given)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
        ("其他资金", wan(other), None, None),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 注 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, people: str, date: Any) -> None:
    """A signature line with the fill date as a date cell."""
    s.row(people, None, None, "填报日期", date, merge=[(1, 3)])
