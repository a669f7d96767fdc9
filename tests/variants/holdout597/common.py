"""Helpers shared by the returns of the 597th held-out set (骅沟县: donkey farms, 阿胶 workshops
and the county livestock market): a book with its first sheet, money rows, money detail blocks,
an indicator table under its header, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "骅沟县"
AGRI = "骅沟县农业农村局（217003）"
WIDTHS = (16, 16, 30, 18, 18, 18)


def new_book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            ("其他资金", w(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
            ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
            ("其他资金", w(period[2]), "其他资金", w(annual[2]))]  # fmt: skip


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block: one line per spending item, then the 合计 line."""
    s.row("资金明细（万元）", "支出内容", None, "金额", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, w(amount), merge=[(2, 3)])
    s.row(None, "合计", None, w(total), merge=[(2, 3)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table: its header row, then the rows with tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote, 注 or 填表说明 lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None, year: int = 2025) -> None:
    """The signature line: 填表人, 联系电话 and a fill date (by default before the budget year)."""
    s.skip()
    s.row("填表人", who, "联系电话", phone, "填报日期", when or day(year - 1, 11, 18))
