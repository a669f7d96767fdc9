"""Helpers shared by the returns of the 268th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


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


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list (no tiers) under its header row; a row given as a plain string is
    a note or instruction merged across the table."""
    s.row(*header)
    for r in rows:
        if isinstance(r, str):
            note(s, r, len(header))
        else:
            s.row(*r)
    return s.r


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, date: str = "") -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", date)


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def section(s: Sheet, title: str, width: int = 6) -> int:
    """A section heading of a long form (一、收入预算（万元）), merged across the table."""
    return s.row(title, merge=[(1, width)])


def lines(s: Sheet, rows: Sequence[Sequence[Any]], width: int = 6) -> None:
    """Rows of a money block: the amounts from the left, the last cell (测算依据 or a remark)
    merged to the right edge of the table."""
    for r in rows:
        s.row(*r, merge=[(len(r), width)] if len(r) < width else [])
