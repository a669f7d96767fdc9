"""Helpers shared by the returns of the 464th held-out set (post roads and tea-horse trails)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

SIX = (16, 18, 30, 16, 16, 14)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format; a marked cell ``C`` passes unchanged."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, labels: Sequence[str] = ()) -> list[list[Any]]:
    """The money rows of a one-year project: total and 财政拨款, then 其他资金."""
    a, b, c = labels or ("年度资金总额", "其中：财政拨款", "其他资金")
    return [[a, wan(total), b, wan(fiscal)], [c, wan(other), None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: 中期 on the left, 年度 on the right."""
    left = ("中期资金总额", "其中：财政拨款", "其他资金")
    right = ("年度资金总额", "其中：财政拨款", "其他资金")
    return [[left[i], wan(period[i]), right[i], wan(annual[i])] for i in range(3)]


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet, SIX)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (§3.2)."""
    b = Book()
    s = b.sheet(sheet, SIX)
    department_head(s, **head)
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", "单位负责人（签字）：", "填报日期", date)
