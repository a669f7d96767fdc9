"""Helpers shared by the returns of the 334th held-out set (saline-alkali land improvement in the
invented 卤滩县): a book with its first sheet, money rows, indicator tables with tier-1 and tier-2
merged down, footnote and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
AGRI = "卤滩县农业农村局（317）"
WATER = "卤滩县水利局（322）"
WIDTHS = (16, 18, 30, 16, 16, 14)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` passes through unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [
        ("年度资金总额", cash(total), "其中：财政拨款", cash(fiscal)),
        ("其他资金", cash(other), None, None),
    ]


def multi_year(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, cash(m), b, cash(y)) for (a, b), m, y in zip(labels, mid, year, strict=True)]


def project(
    s: Sheet,
    name: str,
    unit: str,
    rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    *,
    dept: str = AGRI,
    years: int = 1,
    **kw: Any,
) -> None:
    """A project head of the budget year 2025."""
    project_head(
        s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals, years=years, **kw
    )


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def line(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footer line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """A blank line, then the signature line with its date."""
    s.skip()
    return s.row("填报人", who, "联系电话", phone, "填报日期", when)
