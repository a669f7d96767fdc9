"""Helpers shared by the returns of the 767th held-out set: one county water-resources bureau
(溪岙县水利局) and its units, budget year 2026, money in 万元."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
BUREAU = "溪岙县水利局"
DEPT = "溪岙县水利局（317002）"
WIDTHS = (16, 16, 30, 18, 18, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked cell passes)."""
    return value if isinstance(value, C) else money(value, WAN)


def annual_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            ("其他资金", w(other), None, None)]  # fmt: skip


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, w(m), b, w(y)) for (a, b), m, y in zip(labels, mid, year, strict=True)]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau (heads.project_head), budget year 2026 unless told."""
    year = kw.pop("year", YEAR)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (heads.department_head) filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 24))  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows (注 / 说明 / 填表说明), each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature line: 填报人, 联系电话 and a fill date in the year before the budget year."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：",
          filled or day(YEAR - 1, 11, 18, CN_DATE))  # fmt: skip
