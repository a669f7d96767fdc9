"""Helpers shared by the returns of the 374th held-out set (paper-cutting and New Year prints)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def header(s: Sheet, *words: Any) -> int:
    """The header row of an indicator table (``TIERS`` when no words are given)."""
    return s.row(*(words or TIERS))


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, year: int, month: int = 12, d: int = 6) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(year, month, d))
