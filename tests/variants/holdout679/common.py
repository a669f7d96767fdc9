"""Helpers shared by the returns of the 679th held-out set (duck farms, a 板鸭 workshop and
manure treatment in the invented 澄岗县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄岗县农业农村局（311）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1",
         widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(x: Any) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return x if isinstance(x, C) else money(x, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额 = 年度资金总额 = 财政拨款 + 其他资金."""
    t = total.value if isinstance(total, C) else total
    return [("资金总额", w(total), "年度资金总额", w(t)),
            ("其中：财政拨款", w(fiscal), "其他资金", w(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, w(p), b, w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or 说明 rows merged across the table."""
    for t in lines:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table (filled in the autumn before the year)."""
    s.skip()
    s.row("单位负责人：", who, None, "填表人联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 11, 18))
