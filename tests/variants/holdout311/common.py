"""Helpers shared by the returns of the 311th held-out set (长江十年禁渔, 退捕渔民安置保障)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
Row = Sequence[Any]
WIDTHS = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: float, fiscal: float, other: float,
          annual: Sequence[float] = ()) -> list[list[Any]]:  # fmt: skip
    """The money rows of a project head, 中期 | 年度 (``annual`` defaults to the 中期 figures),
    amounts carrying 万元 only in their number format."""
    a = annual or (total, fiscal, other)
    return [
        ["中期资金总额", money(total, WAN), "年度资金总额", money(a[0], WAN)],
        ["其中：财政拨款", money(fiscal, WAN), "其中：财政拨款", money(a[1], WAN)],
        ["其他资金", money(other, WAN), "其他资金", money(a[2], WAN)],
    ]


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year ``YEAR`` (keywords as in ``heads.project_head``)."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def indicators(s: Sheet, header: Row, rows: Sequence[Row],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note line merged across the table (注, 说明, 填表说明)."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, checker: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone)
    s.row("审核人：", checker or None, "填报日期：", when)
