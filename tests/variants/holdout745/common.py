"""Helpers shared by the returns of the 745th held-out set (grain reserves of 岑江省)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "岑江省粮食和物资储备局（318）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(total, fiscal, other) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, block: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    kw.setdefault("year", 2025)
    project_head(s, name=name, dept=DEPT, unit=unit, money=block, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    department_head(s, year=2025, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD4,
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """The header row (with an optional 绩效指标 caption row above), then the indicator rows
    with tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def signatures(s: Sheet, who: str, phone: str, filled: C | None = None) -> None:
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled or day(2024, 11, 18))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
