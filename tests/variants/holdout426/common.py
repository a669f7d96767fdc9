"""Helpers shared by the returns of the 426th held-out set: the invented 棠浦市劳动人事争议仲裁院
(a city's labour and personnel dispute arbitration court) and its projects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
COURT = "棠浦市劳动人事争议仲裁院"
BUREAU = "棠浦市人力资源和社会保障局（416）"
WIDTHS = (16, 16, 30, 18, 18, 18)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def w(x: Any, fmt: str = WAN) -> Any:
    """A bare number becomes an amount whose unit lives in the number format."""
    return money(x, fmt) if isinstance(x, int | float) else x


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", w(total, fmt), "其中：财政拨款", w(fiscal, fmt)),
            ("其他资金", w(other, fmt), None, None)]  # fmt: skip


def period_funds(total: Any, fiscal: Any, year: Any, year_fiscal: Any) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: 中期 on the left, 年度 on the right."""
    other = total - fiscal if isinstance(total, int | float) else 0
    year_other = year - year_fiscal if isinstance(year, int | float) else 0
    return [("中期资金总额", w(total), "年度资金总额", w(year)),
            ("其中：财政拨款", w(fiscal), "其中：财政拨款", w(year_fiscal)),
            ("其他资金", w(other), "其他资金", w(year_other))]  # fmt: skip


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """The court's project head (year, department and unit fixed)."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=COURT, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """The court's department head."""
    department_head(s, year=YEAR, dept=COURT, budget=budget, goal=goal, tasks=tasks, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row("填报人", who, "联系电话", phone, "填报日期", when)
