"""Helpers shared by the returns of the 633rd held-out set (大鲵、鲟鱼养殖与渔业尾水治理)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (14, 16, 30, 16, 16, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = WAN) -> Any:
    """An amount with its unit in the number format, unless already a cell (or empty)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ("年度资金总额", cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)),
        (None, None, "其他资金", cash(other, fmt)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        (lab[0], cash(p), lab[1], cash(a)) for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
