"""Helpers shared by the returns of the 318th held-out set (local chronicles and yearbooks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 16, 30, 18, 18, 18, 12)


def wan(value: Any) -> Any:
    """An amount in 万元 carried only by the number format; a prepared cell passes through."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), None, None],
        ["其中：财政拨款", wan(fiscal), "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) per column."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, head: str, clerk: str, phone: str, date: Any) -> int:
    """The signature and date line under a return."""
    return s.row(
        f"单位负责人：{head}", None, f"填表人：{clerk}", f"联系电话：{phone}", "填报日期", date
    )


def department(
    s: Sheet,
    *,
    dept: str,
    budget: Sequence[Any],
    tasks: Sequence[Sequence[Any]],
    goal: str,
    shares: Sequence[Any] = (),
) -> None:
    """A department head: one budget row (and its shares), key tasks ending with 金额合计."""
    lines: list[list[Any]] = [[wan(v) for v in budget]]
    if shares:
        lines.append(list(shares))
    rows = [[n, c, wan(a), g] for n, c, a, g in tasks]
    department_head(s, year=YEAR, dept=dept, budget=lines, goal=goal, tasks=rows)
