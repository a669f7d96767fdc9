"""Helpers shared by the returns of the 304th held-out set: a book with its first sheet and a
project or department head, money rows in 万元, an indicator table under its header, footnotes
and signature lines, all built on ``kit`` and ``heads``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

SIX = (18, 18, 30, 16, 16, 14)
SEVEN = (16, 18, 28, 12, 12, 16, 12)


def w(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format (a cell is left as it is)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]


def project_book(
    *, sheet: str = "Sheet1", widths: Sequence[float] = SIX, **head: Any
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department_book(
    *, sheet: str = "Sheet1", widths: Sequence[float] = SIX, **head: Any
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def band(s: Sheet, text: str, width: int = 6) -> int:
    """A line merged across the table: a section label, a 注 row, a footnote."""
    return s.row(text, merge=[(1, width)])


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    for line in lines:
        band(s, line, width)


def signature(s: Sheet, person: str, phone: str, filled: Any) -> int:
    """The line under the table: who filled it, a telephone number and the fill date."""
    return s.row("填报人", person, "联系电话", phone, "填报日期", filled)
