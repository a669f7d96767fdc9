"""Helpers shared by the returns of the 827th held-out set: a book with its first sheet, money
rows in 万元, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

PROJECT = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
OPERATOR = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def lines(*rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a project head: bare numbers become 万元 cells, marked cells stay."""
    return [tuple(wan(v) if isinstance(v, int | float) else v for v in r) for r in rows]


def indicators(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None, year: int = 2025) -> int:
    """The signature and date line under a table (filled in the autumn before the year)."""
    s.skip()
    return s.row("单位负责人：", who, "联系电话：", phone, "填报日期：",
                 when or day(year - 1, 10, 28, CN_DATE))  # fmt: skip
