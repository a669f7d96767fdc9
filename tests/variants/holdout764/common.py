"""Helpers shared by the returns of the 764th held-out set (栖梧县乡村振兴局, all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet

BUREAU = "栖梧县乡村振兴局"
DEPT = "栖梧县乡村振兴局 417021"
WIDTHS = (14, 16, 30, 16, 16, 14, 12)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: Any) -> C:
    """An amount with 万元 only in the number format (a marked value keeps its marks)."""
    if isinstance(x, C):
        return x if x.fmt else replace(x, fmt=WAN)
    return C(x, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", date)
    return s.row("（单位盖章）")


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any]) -> int:
    """A two-row header: a None in ``top`` continues the cell to its left (merged across), a
    None in ``bottom`` leaves the top cell merged down over both rows."""
    r = s.row(*top)
    s.row(*bottom)
    c = 1
    while c <= len(top):
        end = c
        while end < len(top) and top[end] is None:
            end += 1
        if end > c:
            s.ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=end)
        elif c > len(bottom) or bottom[c - 1] is None:
            s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        c = end + 1
    return s.r
