"""Helpers shared by the returns of the 534th held-out set: a book with its first sheet, money
rows, an indicator table under its header (tier-1 and tier-2 merged down), footnotes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD_OP_UNIT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_ONE = ("一级指标", "二级指标", "三级指标", "指标值")


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 18, 16)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def money_rows(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The two money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period_rows(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The three money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for the
    period and for the year."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """The indicator header row, then the rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged, col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: C | None = None) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row(
        "单位负责人：",
        who,
        "联系电话：",
        phone,
        "填报日期：",
        filled or day(YEAR - 1, 11, 26, CN_DATE),
    )
