"""Helpers shared by the returns of the 481st held-out set (Nuo masks, stele rubbings): a book
with its first sheet, money rows, indicator tables with tier-1 and tier-2 merged down, notes and
signature lines. Every name, unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "芷沅县文化和旅游局（318）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
WIDTHS = (18, 18, 32, 18, 18, 16)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project; plain numbers get 万元 in the number format."""
    t, f, o = (v if not isinstance(v, int | float) else money(v, WAN) for v in (total, fin, other))
    return [("资金总额", t, "其中：财政拨款", f), ("其他资金", o, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for the period and year."""
    p = [v if not isinstance(v, int | float) else money(v, WAN) for v in period]
    a = [v if not isinstance(v, int | float) else money(v, WAN) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county culture bureau (``kw`` passed on to ``project_head``)."""
    year = kw.pop("year", YEAR)
    dept = kw.pop("dept", DEPT)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; plain numbers in ``budget`` and ``tasks`` get 万元 formats."""
    fmt = [[money(v, WAN) if isinstance(v, int | float) else v for v in line] for line in budget]
    tks = [[money(v, WAN) if isinstance(v, int | float) else v for v in t] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=fmt, goal=goal, tasks=tks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature, stamp and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    s.row("填报人", person, "联系电话", phone, "填报日期", filled or day(YEAR - 1, 12, 6))
