"""Helpers shared by the returns of the 378th held-out set (tour guides: training, licensing,
tourist complaint handling). Budget year 2025; every place, unit and person is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "澄岭市文化广电和旅游局（318406）"
WIDTHS = (16, 16, 30, 14, 16, 12, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return x if isinstance(x, C) else money(x, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        first = f"中期{label}" if i == 0 else label
        second = f"年度{label}" if i == 0 else label
        rows.append([first, wan(period[i]), second, wan(annual[i])])
    return rows


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]], **kw: Any) -> None:  # fmt: skip
    """A department head for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", when or day(YEAR, 1, 9))
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
