"""Helpers shared by the 490th held-out set: a book with its first sheet, money rows in 万元,
project heads, indicator tables with tier-1 and tier-2 merged down, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
DEPT = "岐阳县文化和旅游局（318007）"
WIDTHS = (16, 18, 30, 16, 16, 16, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount whose unit 万元 lives only in the number format (a C keeps its own format)."""
    if isinstance(v, C):
        return v if v.fmt or isinstance(v.value, str) else C(v.value, WAN, v.marks)
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "财政拨款", "其他资金")
    return [
        (f"中期{lab}", wan(p), f"年度{lab}", wan(a))
        for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def head(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year with this set's department."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=rows, goals=goals, **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, boss: str = "") -> None:
    """Signature and date lines under a return."""
    s.skip()
    s.row("单位负责人：", boss or "（签字）", "填报人：", who, "联系电话：", phone)
    s.row("填报日期：", when)
