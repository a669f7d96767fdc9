"""Helpers the returns of the 387th held-out set share: a book with its first sheet, money
rows, indicator tables with tier-1 and tier-2 merged down, notes, detail lines and signature
lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]
WIDTHS = (16, 18, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(value: Any, fmt: str = WAN) -> C:
    """An amount with its unit in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, fmt)


def annual(total: Any, fin: Any, other: Any, fmt: str = WAN) -> list[Row]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", amount(total, fmt), "其中：财政拨款", amount(fin, fmt)),
        ("其他资金", amount(other, fmt), None, None),
    ]


def period(mid: Row, year: Row, fmt: str = WAN) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        (a, amount(m, fmt), b, amount(y, fmt))
        for (a, b), m, y in zip(labels, mid, year, strict=True)
    ]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, instruction or stamp lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """A blank line, then the signature line with the fill date."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)


def detail(s: Sheet, title: str, lines: Sequence[Row]) -> None:
    """A budget detail block: (支出内容, 金额, 测算依据) lines, the last one the 合计."""
    s.row(title, merge=[(1, 6)])
    s.row("序号", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    for i, (name, value, basis) in enumerate(lines, start=1):
        number = None if name == "合计" else i
        s.row(number, name, value, basis, None, None, merge=[(4, 6)])
