"""Helpers shared by the returns of the 678th held-out set (dairy goats, 湖羊 sheep, a
goat-milk powder plant and 青贮 storage)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

WIDE = (18, 18, 32, 18, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fin: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fin)],
        ["其他资金", w(other), None, None],
    ]


def multi_year(period: Sequence[float], year: Sequence[float]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ["中期资金总额", w(period[0]), "年度资金总额", w(year[0])],
        ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(year[1])],
        ["其他资金", w(period[2]), "其他资金", w(year[2])],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str) -> None:
    """Footnote lines under the table, each merged across."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 11) -> None:
    """A blank line, then signature and date lines."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, 18))
    s.row("（单位盖章）", None, None, None, "审核人：", "财务股")


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A detail block: one line per item, then the 合计 line."""
    s.skip()
    s.row("项目资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])
