"""Helpers shared by the returns of the 438th held-out set (汐澜市海洋馆 and 海洋科技馆)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "汐澜市文化广电旅游体育局（417）"
AQUARIUM = "汐澜市海洋馆"
MUSEUM = "汐澜市海洋科技馆"
CENTRE = "汐澜市海洋科普教育中心"
WIDE = (18, 20, 30, 18, 16, 16)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, None, None),
    ]


def funds_two(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, 财政拨款, 其他资金) for each period."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year under the culture and tourism bureau."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 22))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str) -> None:
    """Signature and date lines under a table (dated in the year before the budget year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(YEAR - 1, 11, 25, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：", None, None)
