"""Helpers shared by the returns of the 330th held-out set (small hydropower clean-up and
ecological flows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "岱屏县水利局（412）"
WIDTHS = (16, 18, 30, 14, 16, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes)."""
    if isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        (lab[0], wan(p), lab[1], wan(a)) for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人：") -> int:
    """Signature and date line under the table."""
    s.skip()
    return s.row(head, who, "联系电话：", phone, "填报日期：", when)
