"""Helpers shared by the returns of the 297th held-out set (employment and entrepreneurship)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (14, 16, 30, 14, 16, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money lines of a one-year project: total, then 财政拨款 and 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], [None, None, "其他资金", other]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money lines of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, p, b, y] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under a one-row header; tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any],
                   spans: Sequence[tuple[int, int]]) -> None:  # fmt: skip
    """A header over two rows: ``spans`` merge across in the top row, and every column whose
    bottom cell is None is merged down over both rows."""
    s.row(*top, merge=spans)
    s.row(*bottom)
    for c, v in enumerate(bottom, start=1):
        if v is None and top[c - 1] is not None:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人") -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", f"{head}（签字）：", None, None)
    s.row("填报日期", when, None, "单位（盖章）", None, None)


ZL = "柘岭市人力资源和社会保障局（318001）"
QF = "栖枫县人力资源和社会保障局（509012）"
CW = "澄湾区人力资源和社会保障局（604115）"
