"""Helpers shared by the returns of the 483rd held-out set (grotto murals: conservation,
digitisation and visitor caps). Every unit, place, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
BUREAU = "柘原市文物局（417）"
INSTITUTE = "黛峪石窟保护研究所"
DIGITAL = "柘原市石窟数字化中心"
VISITOR = "璃岩石窟景区管理处"
WIDE = (14, 16, 30, 16, 16, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project head: (total, fiscal, other) for both periods."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        rows.append([f"中期{label}" if i == 0 else label, period[i],
                     f"年度{label}" if i == 0 else label, annual[i]])  # fmt: skip
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人：") -> int:
    """The signature and date line under a return."""
    return s.row(head, who, "填表人联系电话：", phone, "填报日期：", when)
