"""Helpers shared by the returns of the 514th held-out set (goat-milk cheese cooperatives)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "云岙县农业农村局（401003）"
WIDTHS = (18, 18, 32, 18, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a :class:`C` passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}", wan(p), f"年度{lab}", wan(a))
            for lab, p, a in zip(labels, period, annual, strict=True)]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year in the county bureau."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", DEPT)
    project_head(s, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year; amounts in 万元 via the number format."""
    rows = [[wan(v) if isinstance(v, int | float) else v for v in line] for line in budget]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """The signature line under the table."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", date)
