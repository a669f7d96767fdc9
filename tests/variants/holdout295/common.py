"""Helpers shared by the returns of the 295th held-out set (national defence mobilisation and
civil air defence): a book with its first sheet, money rows in 万元, indicator tables with tier-1
and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import Book, C, Sheet, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (18, 18, 30, 18, 18, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with a two-decimal format (the block says 万元), unless already a cell."""
    return value if isinstance(value, C) else money(value)


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 columns: (总额, 财政拨款, 其他资金) each."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year project: the 中期 column repeats the 年度 column."""
    return period_money((total, fiscal, other), (total, fiscal, other))


def annual_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The short block of a stacked project: the total, then its two sources."""
    return [
        ("年度资金总额", wan(total), None, None),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def project(s: Sheet, *, name: str, dept: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """The project head of §3.1 for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: Any, width: int = 6) -> None:
    """Lines of text merged across the table (注, 说明, 填表说明)."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, boss: str, person: str, phone: str, date: Any) -> None:
    """The signature line under the table, the fill date as a date cell."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"填报人：{person}", f"联系电话：{phone}", "填报日期", date)
