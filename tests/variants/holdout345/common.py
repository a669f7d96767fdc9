"""Helpers shared by the returns of the 345th held-out set (astronomy popularisation and a
planetarium): a book with its first sheet, money rows, indicator tables with tier-1 and tier-2
merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄屿市科学技术协会（317004）"
MUSEUM = "澄屿市天象馆"
PEOPLE = "负责人：闻晏秋  联系电话：0596-7732418"

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
WIDTHS = (14, 14, 32, 14, 16, 14)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, then 财政拨款 and 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", grant),
        ("其他资金", other, None, None),
    ]


def multi_year_money(period: Any, annual: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: 中期 and 年度 totals, the year's split."""
    return [
        ("中期资金总额", period, "年度资金总额", annual),
        ("其中：财政拨款", grant, "其他资金", other),
    ]


def project(name: str, unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip
    return b, s


def department(budget: Sequence[Sequence[Any]], goal: Any, tasks: Sequence[Sequence[Any]] = (),
               sheet: str = "Sheet1", dept: str = MUSEUM) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet holds a department head (§3.2)."""
    b = Book()
    s = b.sheet(sheet, WIDTHS)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, filled: Any = None, who: str = PEOPLE) -> None:
    """The signature and date lines that close a form."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：柯予澄", None, "填报日期：",
          filled or day(YEAR - 1, 11, 26))  # fmt: skip
    s.row(who, merge=[(1, 6)])
