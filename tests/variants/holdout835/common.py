"""Helpers shared by the returns of the 835th held-out set (aquaculture)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def year_money(total: float, fiscal: float, other: float = 0) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: float, annual: float) -> list[tuple[Any, ...]]:
    """A multi-year money block, all of it 财政拨款."""
    return [("中期资金总额", wan(period), "年度资金总额", wan(annual)),
            ("其中：财政拨款", wan(period), "其中：财政拨款", wan(annual))]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None, year: int = 2025) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled or day(year - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
