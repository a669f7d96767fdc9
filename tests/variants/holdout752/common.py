"""Helpers shared by the returns of the 752nd held-out set (桐岙县民政局, budget year 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "桐岙县民政局（317001）"
NAT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def start(title: str = "绩效目标表", widths: Sequence[float] = (16, 18, 30, 16, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, unit: str, amounts: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau for the budget year."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=amounts, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = NAT,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    if header:
        s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> int:
    """The signature and date line under the table."""
    return s.row(f"填表人：{who}", None, f"联系电话：{phone}", "填报日期", filled)
