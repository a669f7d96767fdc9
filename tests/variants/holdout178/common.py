"""Helpers shared by the returns of the 178th held-out set: money rows of a project head, the
year-by-year money block of a multi-year project, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD1 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def w(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a C is kept as it is)."""
    if isinstance(v, C) or v is None or isinstance(v, str):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [
        ("年度资金总额", w(total), None, None),
        ("其中：财政拨款", w(fiscal), "其他资金", w(other)),
    ]


def multi_year(mid: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (total, fiscal, other) for the period and the year."""
    return [
        ("中期资金总额", w(mid[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(mid[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(mid[2]), "其他资金", w(annual[2])),
    ]


def year_lines(
    s: Sheet, lines: Sequence[Sequence[Any]], label: str = "分年度资金安排（万元）"
) -> None:
    """The money of each year of a multi-year project: rows of (year, total, fiscal, other)."""
    s.row(label, "年度", "资金总额", "其中：财政拨款", "其他资金")
    top = s.r
    for y, total, fiscal, other in lines:
        s.row(None, f"{y}年", w(total), w(fiscal), w(other))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    head: Sequence[str] = HEAD1,
    merged: Sequence[int] = (1, 2),
    caption: str | None = None,
) -> None:
    """A caption line (optional), the header row and the indicator rows, tiers merged down."""
    if caption:
        s.row(caption)
    s.row(*head)
    s.table(rows, merged=merged)


def sign(s: Sheet, year: int, who: str, phone: str) -> None:
    """A blank line and the signature line with the fill date (in the year before)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(year - 1, 11, 14))


def new_book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 32, 18, 18, 16, 16)
) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
