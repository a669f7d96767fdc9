"""Helpers shared by the returns of the 868th held-out set (marine fisheries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format; a ``C`` (e.g. a marked cell) as is."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(total: Sequence[Any], annual: Sequence[Any] | None = None,
          period: str = "资金总额") -> list[list[Any]]:  # fmt: skip
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for the whole project and for
    the year (the same for a one-year project)."""
    a = annual if annual is not None else total
    return [
        [period, wan(total[0]), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(total[1]), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(total[2]), "其他资金", wan(a[2])],
    ]


def budget(total: float, fiscal: float, other: float, basic: float, project: float) -> list[
        list[Any]]:  # fmt: skip
    """The budget row of a department head."""
    return [[wan(total), wan(fiscal), wan(other), wan(basic), wan(project)]]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any, head: str = "单位负责人") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"{head}：", None, "填报人：", person, "联系电话：", phone)
    s.row("填报日期：", date)
