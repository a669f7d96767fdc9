"""Helpers shared by the returns of the 526th held-out set (all figures invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fin)],
        ["其他资金", w(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, w(p), b, w(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    s: Sheet,
    name: str,
    dept: str,
    unit: str,
    rows: list[list[Any]],
    goals: Sequence[Any],
    **kw: Any,
) -> None:
    """The project head of the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals, **kw)


def department(
    s: Sheet,
    dept: str,
    budget: Sequence[Sequence[Any]],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
) -> None:
    """The department head of the budget year, amounts in 万元 formats."""
    lines = [[w(v) if isinstance(v, (int, float)) else v for v in line] for line in budget]
    tk = [[t[0], t[1], w(t[2]), t[3]] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=lines, goal=goal, tasks=tk)


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    title: str | None = "绩效指标",
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if title:
        s.row(title, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table (a fill date in the year before is normal)."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 12, 9))
    s.row("（单位盖章）", None, None, None, None, None)
