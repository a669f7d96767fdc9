"""Helpers shared by the night-school returns of the 501st held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (16, 18, 30, 16, 16, 16, 12)


def project_book(*, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
                 goals: Sequence[Any], sheet: str = "Sheet1", years: int = 1,
                 title: str | None = None) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a project head (§3.1) in ``YEAR``."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, title=title)  # fmt: skip
    return b, s


def stacked_head(s: Sheet, *, name: str, dept: str, unit: str,
                 money_rows: Sequence[Sequence[Any]], goals: Sequence[Any]) -> None:  # fmt: skip
    """A second project head in the same sheet, a blank line above it and no title."""
    s.skip()
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 title="")  # fmt: skip


def department_book(*, dept: str, budget: Sequence[Sequence[Any]], goal: str,
                    tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a department head (§3.2) in ``YEAR``."""
    b = Book()
    s = b.sheet("Sheet1", WIDTHS)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填表人：{person}", None, f"联系电话：{phone}", "填报日期", filled)
