"""Helpers shared by the returns of the 324th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WAN4 = '0.0000"万元"'
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 32, 14, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def project(s: Sheet, **kw: Any) -> None:
    """A project head of the budget year (``heads.project_head``)."""
    project_head(s, year=kw.pop("year", YEAR), **kw)


def department(s: Sheet, **kw: Any) -> None:
    """A department head of the budget year (``heads.department_head``)."""
    department_head(s, year=kw.pop("year", YEAR), **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature line under a table: 填表人, 联系电话, 填报日期."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", when)
