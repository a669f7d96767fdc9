"""Helpers shared by the 733rd held-out set (tea industry of 鹤塘县): a book with its first
sheet, money rows, indicator tables with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
AGRI = "鹤塘县农业农村局（312）"
COMMERCE = "鹤塘县商务局（318）"


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money, each (总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def project(
    sheet: str, name: str, unit: str, goals: Sequence[Any], cash: Any, **kw: Any
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head of the budget year."""
    b = Book()
    s = b.sheet(sheet)
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", AGRI)
    project_head(s, name=name, unit=unit, money=cash, goals=goals, **kw)
    return b, s


def department(sheet: str, dept: str, budget: Any, goal: Any, tasks: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head of the budget year."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return (filled in the autumn before the year)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期：",
          filled or day(YEAR - 1, 11, 12))  # fmt: skip
