"""Helpers shared by the returns of the 303rd held-out set (园林绿化): a book with its first
sheet, money rows of a project head, an indicator table under its header with tier-1 and tier-2
merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants import heads
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
WIDTHS = (16, 18, 30, 18, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format; a C (e.g. a marked cell) is kept."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def funds_multi(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, dept: str, funding: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year; the implementing unit is the department itself
    unless ``unit=`` says otherwise."""
    unit = kw.pop("unit", dept.rsplit(" ", 1)[0])
    heads.project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=funding,
                       goals=goals, **kw)  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The line under the table: who filled it in, a phone number, the date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
