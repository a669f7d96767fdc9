"""Helpers shared by the 370th held-out set (assistive devices and sign-language services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """One-year money rows: 年度资金总额 = 财政拨款 + 其他资金 (bare numbers get 万元)."""

    def w(v: Any) -> Any:
        return money(v, WAN) if isinstance(v, int | float) else v

    first = ("年度资金总额", w(total), "其中：财政拨款", w(fiscal))
    return [first, ("其他资金", w(other), None, None)]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Multi-year money rows: (total, fiscal, other) for the 中期 and the 年度 column."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{k}" if i == 0 else k, money(p, WAN), f"年度{k}" if i == 0 else k, money(a, WAN))
        for i, (k, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def grid(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 12, d: int = 8) -> None:
    """A blank line, then the signature and date line (filled the year before the budget)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, d))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
