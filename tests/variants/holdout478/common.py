"""Helpers shared by the returns of the 478th held-out set (面塑、糖画 after class)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (18, 16, 30, 16, 16, 14, 14, 14)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def cell(value: Any) -> Any:
    """A bare number becomes a 万元 cell; anything else (text, a marked cell) stays."""
    return wan(value) if isinstance(value, int | float) else value


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDE)


def one_year(s: Sheet, *, name: str, dept: str, unit: str, total: Any, fiscal: Any,
             other: Any, goal: Any, **kw: Any) -> None:  # fmt: skip
    """A one-year project head with 年度资金总额 = 财政拨款 + 其他资金."""
    rows = [("年度资金总额", cell(total), "其中：财政拨款", cell(fiscal)),
            ("其他资金", cell(other), None, None)]  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=(goal,), **kw)


def multi_year(s: Sheet, *, name: str, dept: str, unit: str, years: int,
               period: Sequence[float], annual: Sequence[float], goals: Sequence[Any],
               **kw: Any) -> None:  # fmt: skip
    """A multi-year project head: ``period`` and ``annual`` are (总额, 财政拨款, 其他资金)."""
    rows = [("中期资金总额", cell(period[0]), "年度资金总额", cell(annual[0])),
            ("其中：财政拨款", cell(period[1]), "其中：财政拨款", cell(annual[1])),
            ("其他资金", cell(period[2]), "其他资金", cell(annual[2]))]  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals,
                 years=years, **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[float], goal: str,
               tasks: Sequence[tuple[str, str, float, str]]) -> None:  # fmt: skip
    """A department head; ``budget`` is (总额, 财政拨款, 其他资金, 基本支出, 项目支出) and the
    task amounts add up to 项目支出 (the 金额合计 row is written here)."""
    rows = [(n, what, wan(v), aim) for n, what, v, aim in tasks]
    rows.append(("金额合计", None, wan(sum(t[2] for t in tasks)), None))
    department_head(s, year=YEAR, dept=dept, budget=[tuple(wan(v) for v in budget)],
                    goal=goal, tasks=rows)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填报人：" + who, "联系电话：" + phone, "填报日期：",
          when or day(YEAR - 1, 11, 26))  # fmt: skip
