"""Helpers shared by the returns of the 276th held-out set (energy and power): a book with its
first sheet, money rows, project and department heads for the budget year, indicator tables
under their header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (16, 16, 30, 18, 18, 18)
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _m(value: Any, fmt: str) -> Any:
    return value if isinstance(value, C) or value is None else money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)],
        [None, None, "其他资金", _m(other, fmt)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    rows = zip(labels, period, annual, strict=True)
    return [[a, _m(p, fmt), b, _m(y, fmt)] for (a, b), p, y in rows]


def project(s: Sheet, name: str, dept: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=funds, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """A department head (§3.2) for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any, checker: str = "") -> int:
    """Signature and date lines under the table."""
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", filled)
    if checker:
        s.row(f"审核人：{checker}", None, "单位负责人（签字）：", None, "（单位盖章）")
    return s.r
