"""Helpers shared by the returns of the 487th held-out set: seaweed-thatched houses (海草房)
restored in the fishing villages of an invented county, 澜屿县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HOUSING = "澜屿县住房和城乡建设局（417）"
FISHERY = "澜屿县海洋与渔业局（423）"
WIDE = (18, 18, 30, 16, 16, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], dept: str = HOUSING, years: int = 1,
            **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=funds, goals=goals,
                 years=years, **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year (filled in the November before)."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 18))  # fmt: skip


def tiers(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> int:
    """The signature and date line under a return."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：",
                 when or day(YEAR - 1, 11, 26))  # fmt: skip
