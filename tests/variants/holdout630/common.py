"""Helpers shared by the returns of the 630th held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header with tier-1 and tier-2 merged
down, footnotes and signature lines. Everything named here is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
COUNTY = "雾松县"
FORESTRY = "雾松县林业局（317001）"
BAMBOO = "雾松县竹产业发展中心"
FARM = "雾松县石笋岭国有林场"

Row = Sequence[Any]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked cells pass through)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(period: Row, annual: Row | None = None) -> list[list[Any]]:
    """Money rows of a project head: (total, 财政拨款, 其他资金) for 中期 and 年度 (the same for
    a one-year project)."""
    a = period if annual is None else annual
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(a[2])],
    ]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any, checker: str = "") -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled)
    if checker:
        s.row("审核人：", checker, None, None, "单位负责人（签字）：", None)
