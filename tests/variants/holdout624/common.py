"""Helpers shared by the returns of the 624th held-out set (葭川县: pumpkin, wax gourd and onion
bases, and the county wholesale market): a book with its first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, two-row headers, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
AGRI = "葭川县农业农村局（417003）"
TRADE = "葭川县商务局（417011）"
WIDTHS = (16, 18, 30, 18, 18, 18)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def year_money(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: total, 财政拨款, 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def project(s: Sheet, **kw: Any) -> None:
    """A project head of the budget year, under 葭川县农业农村局 unless told otherwise."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", AGRI)
    project_head(s, **kw)


def department(s: Sheet, **kw: Any) -> None:
    """A department head of the budget year."""
    kw.setdefault("year", YEAR)
    department_head(s, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def two_row_header(s: Sheet, labels: Sequence[Any], values: Sequence[Any]) -> None:
    """A two-row header: ``labels`` merged down over both rows, then 指标值 over ``values``."""
    n = len(labels)
    s.row(*labels, "指标值", *([None] * (len(values) - 1)), merge=[(n + 1, n + len(values))])
    s.row(*([None] * n), *values)
    for c in range(1, n + 1):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", head or None, "填报人：", who, "联系电话：", phone)
    s.row("填报日期：", date)
