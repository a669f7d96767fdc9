"""Helpers shared by the returns of the 290th held-out set (marine fisheries): a book with its
first sheet, money rows for the project head, indicator tables with tier-1 and tier-2 merged
down, note rows, signature lines and page breaks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 14, 16, 14, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount carrying 万元 only in its number format; a prepared cell passes through."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fin: Any, other: Any, *, fin_label: str = "其中：财政拨款",
             other_label: str = "其他资金") -> list[tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), fin_label, wan(fin)), (other_label, wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, filled: Any) -> int:
    """The signature and date line under a return."""
    s.skip()
    return s.row(f"单位负责人：{head}", None, f"填报人：{filler}", f"联系电话：{phone}",
                 "填报日期", filled)  # fmt: skip


def page_break(s: Sheet) -> None:
    """A manual page break after the last row written."""
    s.ws.row_breaks.append(Break(id=s.r))
