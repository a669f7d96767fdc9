"""Helpers shared by the 840th held-out set: a book with its first sheet, money rows, an
indicator table with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (16, 16, 30, 18, 18, 14, 12)
BUREAU = "淞岭市市场监督管理局（知识产权局）"


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, None, None], ["其中：财政拨款", fiscal, "其他资金", other]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def header(s: Sheet, *words: Any, col: int = 1) -> int:
    """The indicator table's header row."""
    return s.row(*words, col=col)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """Indicator rows with tier-1 and tier-2 merged down (None continues the block)."""
    return s.table(rows, merged=(1, 2), col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> None:
    """A blank line, then 填报人 · 联系电话 · 填报日期 (a date cell)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*filled))
