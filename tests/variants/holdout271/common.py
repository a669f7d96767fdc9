"""Helpers shared by the returns of the 271st held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


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


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 5) -> int:
    """A footnote or instruction written across the table in one merged cell."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, when: str = "") -> None:
    """A blank line and the signature line below a table (with the date it was filled)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", when or None)


def book(title: str, widths: Sequence[float] = (16, 18, 30, 18, 14, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
