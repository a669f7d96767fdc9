"""Helpers shared by the returns of the 590th held-out set (greenhouse spinach and chive bases
supplying school canteens)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

WIDE = (16, 18, 30, 14, 16, 14, 12)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def period_funds(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [["中期资金总额", period[0], "年度资金总额", year[0]],
            ["其中：财政拨款", period[1], "其中：财政拨款", year[1]],
            ["其他资金", period[2], "其他资金", year[2]]]  # fmt: skip


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a project head (keywords of ``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a department head."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The line under the table: who filled it, a phone number, the date."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
