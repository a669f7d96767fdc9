"""Helpers shared by the returns of the 583rd held-out set (potato seed tubers and starch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project, amounts in 万元 by number format."""
    return [
        ("年度资金总额", _m(total), "其中：财政拨款", _m(fiscal)),
        (None, None, "其他资金", _m(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, _m(p), b, _m(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def _m(value: Any) -> Any:
    return value if not isinstance(value, int | float) else money(value, WAN)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator table under it, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def footnotes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
