"""Helpers shared by the returns of the 755th held-out set (苍柘县文化广电体育和旅游局)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "苍柘县文化广电体育和旅游局（318001）"
WIDE = (16, 18, 30, 14, 16, 14)
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def wan(x: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(x, WAN)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def proj(s: Sheet, *, name: str, unit: str, cash: Sequence[Sequence[Any]],
         goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """The project head of the bureau (budget year 2026 unless ``year`` is given)."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=cash, goals=goals, **kw)


def dept(s: Sheet, budget: Sequence[Sequence[Any]], goal: Any,
         tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """The department head of the bureau for 2026."""
    department_head(s, year=YEAR, dept="苍柘县文化广电体育和旅游局", budget=budget, goal=goal,
                    tasks=tasks, filled=day(YEAR - 1, 11, 18))  # fmt: skip


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
