"""Helpers shared by the returns of the 397th held-out set (bridge and mind sports for the
elderly): a book with its first sheet, project money rows, indicator tables with tier-1 and
tier-2 merged down, footnotes and signature lines. Every name and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
SPORTS = "澄溪市体育局（417003）"
AGING = "澄溪市老龄工作委员会办公室（417011）"
WIDTHS = (14, 16, 28, 14, 14, 12, 10)


def open_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked or formatted cell passes)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any, label: str = "年度资金总额") -> list[list[Any]]:
    """The two money rows of a one-year project head."""
    return [
        [label, wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            dept: str = SPORTS, **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year ``YEAR``."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit, money=rows,
                 goals=goals, **kw)  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tiers merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 12, 9))
