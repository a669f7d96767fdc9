"""Helpers shared by the returns of the 277th held-out set: a book with its first sheet, money
rows in 万元, project and department heads for the budget year, an indicator table under its
header with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
Row = Sequence[Any]


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """The money rows of a one-year project (plain numbers become 万元 cells)."""
    t, f, o = (wan(v) if isinstance(v, (int, float)) else v for v in (total, fiscal, other))
    return [("年度资金总额", t, "其中：财政拨款", f), (None, None, "其他资金", o)]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    (pt, pf, po), (at, af, ao) = period, annual
    return [("中期资金总额", wan(pt), "年度资金总额", wan(at)),
            ("其中：财政拨款", wan(pf), "其中：财政拨款", wan(af)),
            ("其他资金", wan(po), "其他资金", wan(ao))]  # fmt: skip


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Row],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Row], goal: str,
               tasks: Sequence[Row] = ()) -> None:  # fmt: skip
    """A department head for the budget year, filled in the November before it."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 26, CN_DATE))  # fmt: skip


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """A header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, head: str, filled: Any = None) -> None:
    """The signature and date lines under a table (filled in the year before by default)."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{person}", f"联系电话：{phone}", "填报日期",
          filled or day(YEAR - 1, 11, 28, CN_DATE))  # fmt: skip
