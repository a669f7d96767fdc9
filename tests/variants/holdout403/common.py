"""Helpers shared by the returns of the 403rd held-out set (seal carving and Chinese painting
public classes in cultural centres)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (14, 16, 30, 16, 16, 14, 12, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format; text and marked cells pass through."""
    if isinstance(value, (int, float)):
        return money(value, WAN)
    return value


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), None, None),
            ("其中：财政拨款", wan(fiscal), "其他资金", wan(other))]  # fmt: skip


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for each column."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def header(s: Sheet, *names: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*names)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows, tier-1 and tier-2 merged down (a None continues the block above)."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: C | None = None, head: str = "") -> int:
    """Signature and date lines under the table."""
    if head:
        s.row(head)
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(2025, 12, 8))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: float) -> int:
    """A detail block below the table: one line per spending item and their 合计."""
    s.skip()
    s.row("项目支出明细", "金额（万元）", "测算依据")
    for name, value, *basis in lines:
        s.row(name, wan(value), *basis)
    return s.row("合计", wan(total))
