"""Helpers shared by the returns of the 869th held-out set (housing security)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 16, 30, 18, 18, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked C keeps its marks)."""
    if isinstance(v, C):
        return C(v.value, v.fmt or WAN, v.marks)
    return None if v is None else money(v, WAN)


def project(s: Sheet, *, year: int, name: str, dept: str, unit: str, total: Any, fiscal: Any,
            other: Any, goal: Any, title: str | None = None) -> None:  # fmt: skip
    """A one-year project head: 资金总额 = 财政拨款 + 其他资金."""
    rows = [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=rows, goals=[goal],
                 title=title)  # fmt: skip


def multi(s: Sheet, *, year: int, years: int, name: str, dept: str, unit: str,
          mid: Sequence[Any], annual: Sequence[Any], goals: Sequence[Any]) -> None:  # fmt: skip
    """A multi-year project head: ``mid`` and ``annual`` are (总额, 财政拨款, 其他资金)."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    rows = [(a, wan(m), b, wan(y)) for (a, b), m, y in zip(labels, mid, annual, strict=True)]
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=rows, goals=list(goals),
                 years=years, attr="新增项目")  # fmt: skip


def header(s: Sheet, *words: Any, col: int = 1) -> int:
    return s.row(*words, col=col)


def tiers(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """An indicator table with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=(1, 2), col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
