"""Helpers shared by the returns of the 285th held-out set (counterpart aid and east–west
cooperation): a book with its first sheet, money rows, indicator tables under their header with
tier-1 and tier-2 merged down, two-row headers, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 16, 16, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def _w(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: the total, then 财政拨款 and 其他资金 under it."""
    return [
        ("年度资金总额", _w(total), None, None),
        ("其中：财政拨款", _w(fiscal), "其他资金", _w(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期, then for 年度."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, _w(p), b, _w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row; tier columns in ``merged`` are merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def header2(s: Sheet, top: Sequence[Any], bottom: Sequence[Any]) -> int:
    """A two-row header: a None in ``top`` continues the cell on its left (merged across); a
    None in ``bottom`` under a label merges that label down over both rows."""
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


def line(s: Sheet, text: Any, width: int = 6) -> int:
    """A text row merged across the table (a section title, a note, a 填表说明 line)."""
    return s.row(text, merge=[(1, width)])


def notes(s: Sheet, *texts: Any, width: int = 6) -> None:
    for text in texts:
        line(s, text, width)


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row("单位负责人（签字）：", None, f"填报人：{who}", f"联系电话：{phone}",
                 "填报日期：", when)  # fmt: skip
