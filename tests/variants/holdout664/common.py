"""Helpers shared by the 664th held-out set: books, money rows, indicator grids, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 18, 30, 14, 16, 12, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: total, 财政拨款, 其他资金."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)), ("其他资金", w(other))]


def periods(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", w(mid[0]), "年度资金总额", w(year[0])),
        ("其中：财政拨款", w(mid[1]), "其中：财政拨款", w(year[1])),
        ("其他资金", w(mid[2]), "其他资金", w(year[2])),
    ]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人：", None, "（单位盖章）")
