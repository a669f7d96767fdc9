"""Helpers shared by the returns of the 278th held-out set (lottery public-welfare funds): a book
with its first sheet, money rows for the project head, indicator tables with tier-1 and tier-2
merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 16, 16, 12, 10)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", wan(mid[0]), "年度资金总额", wan(year[0])],
        ["其中：财政拨款", wan(mid[1]), "其中：财政拨款", wan(year[1])],
        ["其他资金", wan(mid[2]), "其他资金", wan(year[2])],
    ]


def project(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A return whose first sheet opens with a project head (``heads.project_head``)."""
    b, s = book(sheet)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A return whose first sheet opens with a department head (``heads.department_head``)."""
    b, s = book(sheet)
    department_head(s, **head)
    return b, s


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, checker: str = "") -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row(f"填报人：{who}", f"审核人：{checker}" if checker else None,
                 f"联系电话：{phone}", None, "填报日期", when)  # fmt: skip
