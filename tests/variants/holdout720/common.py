"""Helpers shared by the returns of the 720th held-out set: a book with its first sheet and a
project or department head, money rows, indicator tables with tier-1 and tier-2 merged down,
notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄岭县水务局（312004）"
PLANT = "澄岭县乡镇污水处理运营管理站"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            unit: str = PLANT, years: int = 1, title: Any = None, sheet: str = "Sheet1",
            attr: str = "延续项目") -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head for ``YEAR``."""
    b = Book()
    s = b.sheet(sheet)
    stacked_head(s, name, money_rows, goals, unit=unit, years=years, title=title, attr=attr)
    return b, s


def stacked_head(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
                 *, unit: str = PLANT, years: int = 1, title: Any = None,
                 attr: str = "延续项目") -> None:  # fmt: skip
    """A project head on ``s`` (``title=""`` for a project stacked under another)."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 years=years, attr=attr, title=title)  # fmt: skip


def department(dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head for ``YEAR``."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks)
    return b, s


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def footer(s: Sheet, who: str, phone: str, month: int = 11, d: int = 18) -> None:
    """Signature and date lines under the table; the return is filled in the year before."""
    s.skip()
    s.row("单位负责人：", who, "填表人：", "程晓霁", "联系电话：", phone)
    s.row("填报日期：", day(YEAR - 1, month, d, CN_DATE), None, None, "（单位盖章）")
