"""Helpers shared by the returns of the 851st held-out set (county sports, 桐岗县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "桐岗县"
SPORTS = "桐岗县文化广电体育和旅游局（代码 318）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 中期 (the year) and 年度 columns alike."""
    return [("中期资金总额", total, "年度资金总额", total),
            ("其中：财政拨款", fiscal, "其中：财政拨款", fiscal),
            ("其他资金", other, "其他资金", other)]  # fmt: skip


def years(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for each column."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
