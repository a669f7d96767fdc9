"""Helpers shared by the returns of the 791st held-out set (forest fire prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
WIDE = (14, 16, 30, 14, 16, 14, 12, 12)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head, amounts with 万元 in the number format."""
    return [
        ("资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        ("其他资金", money(other, WAN), None, None),
    ]


def two_cols(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows: list[tuple[Any, ...]] = []
    for i, label in enumerate(labels):
        p, a = period[i], annual[i]
        p = p if not isinstance(p, int | float) else money(p, WAN)
        a = a if not isinstance(a, int | float) else money(a, WAN)
        rows.append((f"中期{label}", p, f"年度{label}", a))
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, month: int = 12, d: int = 8) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(YEAR - 1, month, d))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
