"""Pieces the returns of the 890th held-out set share: a book with its first sheet, money rows
(amounts in 万元 with the unit only in the number format), indicator tables under their header
with tier-1 and tier-2 merged down, note rows, a money detail block and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
Row = Sequence[Any]
WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元, the unit only in the number format (a C or None is left as it is)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Row, annual: Row) -> list[Row]:
    """中期 and 年度 money side by side, each (资金总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def table(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header row, the columns in ``merged`` merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> int:
    """A money detail block: one line per item and a 合计 line."""
    s.row("资金使用明细（万元）", "金额", merge=[])
    for name, value in lines:
        s.row(name, wan(value))
    return s.row("合计", wan(total))


def sign(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> int:
    """Signature and date line under the table."""
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*filled, CN_DATE))


def head_row(s: Sheet, text: str, width: int = 6) -> int:
    """A bold-less sub-title line such as 项目一 or 绩效指标 above a block."""
    return s.row(text, merge=[(1, width)])
