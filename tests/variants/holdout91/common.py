"""Pieces shared by the returns of the 91st held-out set: cover and instruction sheets, money
lines, footers and cell comments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.comments import Comment

from tests.variants.kit import WAN, Book, Sheet, money


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money lines of a one-year project in 万元, the unit only in the number format."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        ("其他资金", money(other, WAN), None, None),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money lines of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        first = "中期" + label if i == 0 else label
        second = "年度" + label if i == 0 else label
        rows.append((first, money(period[i], WAN), second, money(annual[i], WAN)))
    return rows


def footer(s: Sheet, who: str, tel: str, filled: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{tel}", None, f"填报日期：{filled}")
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")


def cover(book: Book, title: str, lines: Sequence[str]) -> Sheet:
    """A 封面 sheet: a title and the unit's lines, nothing else."""
    s = book.sheet("封面", widths=(70,))
    s.skip(3)
    s.row(title)
    s.skip(3)
    for text in lines:
        s.row(text)
        s.skip()
    return s


def instructions(book: Book, lines: Sequence[str]) -> Sheet:
    """A 填报说明 sheet: numbered instructions as the finance bureau sends them."""
    s = book.sheet("填报说明", widths=(100,))
    s.row("填报说明")
    for i, text in enumerate(lines, start=1):
        s.row(f"{i}. {text}")
    return s


def comment(s: Sheet, row: int, col: int, text: str, author: str = "填报人") -> None:
    """A 批注 on a cell, as staff leave them for the reviewer."""
    c = Comment(text, author)
    c.width, c.height = 240, 90
    s.ws.cell(row, col).comment = c


def hide_rows(s: Sheet, *rows: int) -> None:
    for r in rows:
        s.ws.row_dimensions[r].hidden = True


def hide_cols(s: Sheet, *letters: str) -> None:
    for c in letters:
        s.ws.column_dimensions[c].hidden = True
