"""Helpers the returns of the 757th held-out set share: a book with its first sheet, money rows
for the project head, indicator tables with tier-1 and tier-2 merged down, notes and sign-off
lines. Everything invented (云泽省, 禾埠市, 澄岭县, 栖岩区)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 34, 18, 18, 18)
TIERS = ("一级指标", "二级指标", "三级指标")


def book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (values may carry marks)."""
    return [("年度资金总额", _w(total), None, None),
            ("其中：财政拨款", _w(fiscal), "其他资金", _w(other))]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, _w(p), b, _w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def _w(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign_off(s: Sheet, person: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    s.row("填报人", person, "联系电话", phone, "填报日期", when)
