"""Helpers shared by the returns of the 621st held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header with tier-1 and tier-2 merged
down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Y = 2026  # the budget year of every return in the set
COUNTY = "椒岭县"
TOWN = "蕨溪乡"


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", _amount(total), "其中：财政拨款", _amount(fin)),
        ("其他资金", _amount(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", _amount(period[0]), "年度资金总额", _amount(annual[0])),
        ("其中：财政拨款", _amount(period[1]), "其中：财政拨款", _amount(annual[1])),
        ("其他资金", _amount(period[2]), "其他资金", _amount(annual[2])),
    ]


def _amount(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under the table: who filled it in, the phone and the fill date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
