"""Helpers shared by the returns of the 450th held-out set (an amateur road race and its
greenway course; every place, unit, person and figure invented): a book with its first sheet,
money rows in 万元, head blocks with the budget year filled in, an indicator table under its
header with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
SPORT = "榆汀市体育局（317）"
CITY = "榆汀市城市管理局（322）"
BUILD = "枫渚区住房和城乡建设局（511）"
DISTRICT = "枫渚区文化体育和旅游局（508）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
WIDE = (18, 18, 30, 16, 18, 16, 14, 14, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """A plain number becomes an amount with 万元 only in its number format."""
    return money(v, WAN) if isinstance(v, int | float) else v


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_funds(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(m), b, wan(y)) for (a, b), m, y in zip(labels, mid, year, strict=True)]


def proj(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         dept: str = SPORT, **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals, **kw)


def budget(*values: Any) -> tuple[Any, ...]:
    """A department budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出 in 万元."""
    return tuple(wan(v) for v in values)


def dept(s: Sheet, name: str, rows: Sequence[Sequence[Any]], goal: str,
         tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """A department head (§3.2) for the budget year; task amounts in 万元."""
    tasks = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=YEAR, dept=name, budget=rows, goal=goal, tasks=tasks, **kw)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*head)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, tel: str, when: Any) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row("单位负责人（签章）：", None, f"填表人：{who}", f"联系电话：{tel}", "填报日期：", when)
