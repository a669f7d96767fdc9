"""Helpers shared by the returns of the 213th held-out set (乡镇, 街道 and small units)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list (no tiers) under its header row."""
    s.row(*header)
    return s.table(rows)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Note or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, filled: tuple[int, int, int] | None = None) -> None:
    """A blank line and the signature line below a table (the fill date in the year before)."""
    s.skip()
    when = day(*filled, fmt=CN_DATE) if filled else None
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, "填报日期：", when)


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
