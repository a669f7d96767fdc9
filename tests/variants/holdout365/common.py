"""Helpers shared by the returns of the 365th held-out set: a book with its first sheet, money
rows in 万元, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [["资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", mid[0], "年度资金总额", year[0]],
        ["其中：财政拨款", mid[1], "其中：财政拨款", year[1]],
        ["其他资金", mid[2], "其他资金", year[2]],
    ]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, filler: str, phone: str, filled: C | None = None) -> None:
    """Signature and date lines under the table (the fill date is in the year before)."""
    s.skip()
    s.row("填表人：", filler, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
