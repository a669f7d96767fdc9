"""Helpers shared by the returns of the 307th held-out set: a book with its first sheet and a
project or department head, money rows in 万元, an indicator table under its header with tier-1
and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDTHS = (18, 18, 30, 16, 16, 16, 14, 14)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked cell passes)."""
    return value if isinstance(value, C) else money(value, WAN)


def plain(value: Any) -> Any:
    return value.value if isinstance(value, C) else value


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额 = 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("资金总额", wan(total), "年度资金总额", wan(plain(total))),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def project_book(sheet: str = "Sheet1", year: int = YEAR, **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (heads.project_head)."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=year, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (heads.department_head)."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    department_head(s, year=YEAR, **head)
    return b, s


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any], across: int) -> None:
    """A two-row header: column ``across`` spans two columns in the top row; every other
    column of the top row is merged down over both rows."""
    s.row(*top)
    s.row(*bottom)
    for c in range(1, len(bottom) + 1):
        if c == across:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r - 1, end_column=c + 1)
        elif c != across + 1:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any = None, boss: str = "") -> None:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    if boss:
        s.row("单位负责人：", boss, None, "（单位盖章）")
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 18))
