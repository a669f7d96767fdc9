"""Helpers shared by the returns of the 228th held-out set: money rows, a 测算依据 block, long
description rows, full-width note lines and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row; tier-1 and tier-2 merged down unless
    ``merged`` says otherwise (a PDF conversion leaves them unmerged, blank below)."""
    s.row(*header)
    return s.table(rows, merged=merged)


def line(s: Sheet, text: Any, width: int = 6) -> int:
    """A text line merged across the table: a note, an instruction or a signature line."""
    return s.row(text, merge=[(1, width)])


def describe(s: Sheet, parts: Sequence[tuple[str, str]]) -> None:
    """Long description rows (label, text merged over the other five columns)."""
    for label, text in parts:
        s.row(label, text, merge=[(2, 6)])


HEAD = ("支出明细", "金额（万元）", "测算依据")


def details(s: Sheet, rows: Sequence[tuple[Any, Any, Any]],
            head: tuple[str, str, str] = HEAD) -> None:  # fmt: skip
    """A money block: one line per cost item with its 测算依据 merged over columns 3–6."""
    s.row(*head, merge=[(3, 6)])
    for label, amount, basis in rows:
        s.row(label, amount, basis, merge=[(3, 6)])


def sign(s: Sheet, who: str, checker: str, phone: str, filled: str = "") -> None:
    """A blank line and the signature line (and the filling date) below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled:
        s.row(f"填报日期：{filled}")
