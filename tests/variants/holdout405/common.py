"""Helpers shared by the returns of the 405th held-out set (martial arts schools and
traditional wushu promotion)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

TIERED = ("一级指标", "二级指标", "三级指标", "指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (万元 in the number format)."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        (None, None, "其他资金", money(other, WAN)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    rows = []
    for (left, right), p, a in zip(labels, period, annual, strict=True):
        rows.append((left, p if not isinstance(p, (int, float)) else money(p, WAN), right,
                     a if not isinstance(a, (int, float)) else money(a, WAN)))  # fmt: skip
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header (a caption row first unless ``label`` is None),
    tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def footnotes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 12, dd: int = 8) -> None:
    """Signature and date lines: the form is filled late in the year before the budget year."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, dd, CN_DATE))
