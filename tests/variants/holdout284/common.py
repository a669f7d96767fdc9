"""Helpers shared by the returns of the 284th held-out set (public security): a book with its
first sheet, money rows in 万元, indicator tables with tier-1 and tier-2 merged down, notes,
page breaks and signature lines, all built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 18, 32, 14, 16, 12)
Rows = Sequence[Sequence[Any]]


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, dept: str, unit: str, funds: Rows, goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year ``YEAR``."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=funds, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Rows, goal: str, tasks: Rows = ()) -> None:
    """A department head (§3.2) for ``YEAR``, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 14, CN_DATE))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Rows, merged: Sequence[int] = (1, 2)) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def page_break(s: Sheet) -> None:
    """A manual page break under the last row written."""
    s.ws.row_breaks.append(Break(id=s.r))


def sign(s: Sheet, head: str, who: str, phone: str, when: Any) -> None:
    """Signature and date line under the table, after a blank row."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{who}", f"联系电话：{phone}", "填报日期", when)
