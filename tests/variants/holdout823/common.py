"""Helpers shared by the returns of the 823rd held-out set (market supervision)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")
TIERS5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDE = (16, 18, 34, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def multi_year_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money, each (总额, 财政拨款, 其他资金)."""
    p = [v if isinstance(v, C) else wan(v) for v in period]
    a = [v if isinstance(v, C) else wan(v) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "单位负责人（签字）：", "填报日期", when)
