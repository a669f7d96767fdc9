"""Helpers shared by the returns of the 543rd held-out set (iron painting and ox-horn carving
heritage studios): a book with its first sheet, money rows, indicator tables with tier-1 and
tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDE = (18, 18, 32, 16, 16, 14)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, None, None),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An optional 绩效指标 caption, the header row, then the rows with tiers merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign_off(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table (the date a date cell)."""
    s.skip()
    s.row("单位负责人：", who[0] + "××", None, "填报人：", who)
    s.row("联系电话：", phone, None, "填报日期：", day(*when))
