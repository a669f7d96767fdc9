"""Helpers shared by the returns of the 175th held-out set: sheets, indicator tables, one-year
and multi-year money blocks, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDTHS = (16, 18, 30, 18, 18, 18)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    book = Book()
    return book, book.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 whose unit lives only in the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float, fmt: str | None = None) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    cell = (lambda v: money(v, fmt)) if fmt else wan
    return [
        ["年度资金总额", cell(total), "其中：财政拨款", cell(grant)],
        ["其他资金", cell(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度;
    an element may already be a cell (``C``) carrying a mark."""

    def cell(v: Any) -> Any:
        return v if isinstance(v, C) else wan(v)

    return [
        ["中期资金总额", cell(period[0]), "年度资金总额", cell(annual[0])],
        ["其中：财政拨款", cell(period[1]), "其中：财政拨款", cell(annual[1])],
        ["其他资金", cell(period[2]), "其他资金", cell(annual[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier cells merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footnotes(s: Sheet, *lines: str, width: int = 6) -> None:
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, finance: str, filler: str, when: str) -> None:
    """A signature block under the table."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"财务负责人：{finance}", None, f"填报人：{filler}")
    s.row(f"填报日期：{when}")
