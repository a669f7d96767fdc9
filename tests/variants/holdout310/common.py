"""Helpers shared by the returns of the 310th held-out set (rural postal and express delivery):
a book with its first sheet, money rows for the project head, header rows (one or two rows),
indicator tables with tier-1 and tier-2 merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 20, 34, 18, 18, 16)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期, then for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def two_row_header(s: Sheet, fixed: Sequence[str], span: str, subs: Sequence[str]) -> int:
    """A header over two rows: ``fixed`` labels merged down, ``span`` merged across ``subs``."""
    top = s.row(*fixed, span)
    s.row(*([None] * len(fixed)), *subs)
    for c in range(1, len(fixed) + 1):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    first = len(fixed) + 1
    s.ws.merge_cells(start_row=top, start_column=first, end_row=top,
                     end_column=first + len(subs) - 1)  # fmt: skip
    return s.r


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with the tier columns merged down over their blocks."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Note rows (注, 说明, 填表说明), each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", when)
    s.row("单位负责人（签字）：", None, None, None, "单位（盖章）")
