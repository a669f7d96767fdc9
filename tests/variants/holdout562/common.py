"""Helpers shared by the returns of the 562nd held-out set (白莲: pond planting and drying)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "芙川县农业农村局 217001"
WIDE = (16, 18, 30, 16, 16, 14, 12, 12, 10)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def _w(value: Any) -> Any:
    return value if isinstance(value, C) else wan(value)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: total, 财政拨款, 其他资金."""
    return [
        ("年度资金总额", _w(total), "其中：财政拨款", _w(fiscal)),
        ("其他资金", _w(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, _w(p), b, _w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def head(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year of the set."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=rows, goals=goals, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any = None) -> None:
    """The signature and date line under a return (filled late in the year before)."""
    s.skip()
    s.row("填报人", person, "联系电话", phone, "填报日期", date or day(YEAR - 1, 12, 6))
