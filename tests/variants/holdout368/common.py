"""Helpers shared by the returns of the 368th held-out set (stone steles and inscriptions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
DEPT = "砚屏县文化和旅游局（318006）"


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def money_rows(
    total: float, fiscal: float, annual: float | None = None, annual_fiscal: float | None = None
) -> list[tuple[Any, ...]]:
    """中期 and 年度 money columns; 其他资金 is what the 财政拨款 leaves of each total."""
    a = total if annual is None else annual
    af = fiscal if annual_fiscal is None else annual_fiscal
    return [
        ("资金总额", wan(total), "年度资金总额", wan(a)),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(af)),
        ("其他资金", wan(round(total - fiscal, 2)), "其他资金", wan(round(a - af, 2))),
    ]


def project_book(
    sheet: str,
    *,
    name: str,
    unit: str,
    total: float,
    fiscal: float,
    goals: Sequence[Any],
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a one-year project head (``kw`` goes to the head)."""
    b = Book()
    s = b.sheet(sheet)
    rows = kw.pop("money", None) or money_rows(total, fiscal)
    project_head(
        s,
        year=kw.pop("year", YEAR),
        name=name,
        dept=kw.pop("dept", DEPT),
        unit=unit,
        money=rows,
        goals=goals,
        **kw,
    )
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or 填表说明 lines under (or inside) a table, merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature and date lines below the table."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", date)
