"""Helpers shared by the returns of the 539th held-out set (芡实、莼菜 wetland cultivation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
COUNTY = "苇汀县"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ["年度资金总额", _m(total), "其中：财政拨款", _m(fiscal)],
        ["其他资金", _m(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{label}", _m(p), f"年度{label}", _m(a)]
        for label, p, a in zip(labels, period, annual, strict=True)
    ]


def _m(value: Any) -> Any:
    return w(value) if isinstance(value, int | float) else value


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, notes: Sequence[str], person: str, phone: str, filled: Any = None,
           width: int = 6) -> None:  # fmt: skip
    """Footnotes under the table, then the signature and date lines."""
    for text in notes:
        s.row(text, merge=[(1, width)])
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 18))
