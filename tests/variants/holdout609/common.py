"""Helpers shared by the returns of the 609th held-out set: a book with its first sheet, money
rows in 万元, an indicator table with tier-1 and tier-2 merged down, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

WIDTHS = (16, 16, 30, 18, 18, 18, 14)
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format (a value already wrapped stays as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{label}", wan(p), f"年度{label}", wan(a)]
        for label, p, a in zip(labels, period, annual, strict=True)
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, boss: str, filler: str, phone: str) -> None:
    """Signature lines and a fill date in the autumn before the budget year."""
    s.skip()
    s.row("单位负责人：", boss, "填表人：", filler, "联系电话：", phone)
    s.row("填报日期：", day(year - 1, 11, 26, CN_DATE))
