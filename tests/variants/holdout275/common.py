"""Helpers shared by the returns of the 275th held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header with tier-1 and tier-2 merged
down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18, 12, 12)
WAN4 = '0.0000"万元"'  # amounts to the 元 in a 万元 block


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """A number as an amount with 万元 only in its number format; other values unchanged."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return money(value, WAN)
    return value


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额, 其中财政拨款 and 其他资金."""
    return [
        ("年度资金总额", wan(total), None, None),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(总额, 财政拨款, 其他资金) of the 中期 and of the 年度 column side by side."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C) -> int:
    """The signature line under the table: who filled it in, a phone number, the date."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any, fmt: str = WAN4) -> int:
    """A 项目资金明细 block: (明细项目, 金额, 测算依据) lines and their 合计 line."""
    s.skip()
    s.row("项目资金明细", "金额（万元）", "测算依据", None, merge=[(3, 4)])
    for name, amount, basis in lines:
        value = money(amount, fmt) if isinstance(amount, int | float) else amount
        s.row(name, value, basis, None, merge=[(3, 4)])
    value = money(total, fmt) if isinstance(total, int | float) else total
    return s.row("合计", value)
