"""Helpers shared by the returns of the 605th held-out set: books, money rows, indicator tables
with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 18, 30, 18, 18, 18)
AGRI = "桐坪县农业农村局（318001）"
STATION = "桐坪县特色养殖技术推广站"
FUNGI = "桐坪县食用菌技术服务中心"
MARKET = "桐坪县中药材市场服务中心"


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(value: Any, fmt: str = WAN) -> Any:
    """An amount with 万元 in the number format, unless already a cell (e.g. a marked one)."""
    return value if isinstance(value, C) else money(value, fmt)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", amount(total), "其中：财政拨款", amount(fiscal)),
        (None, None, "其他资金", amount(other)),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ("中期资金总额", amount(period[0]), "年度资金总额", amount(annual[0])),
        ("其中：财政拨款", amount(period[1]), "其中：财政拨款", amount(annual[1])),
        ("其他资金", amount(period[2]), "其他资金", amount(annual[2])),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """The signature and date line under the table."""
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled)
