"""Helpers shared by the returns of the 863rd held-out set (rural drinking water safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (16, 18, 30, 18, 18, 18)
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format (a marked cell kept as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(annual: Sequence[Any], period: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for the year and, for a multi-year
    project, for the whole period."""
    total, fiscal, other = (wan(v) for v in annual)
    if period is None:
        return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]
    p_total, p_fiscal, p_other = (wan(v) for v in period)
    return [
        ("中期资金总额", p_total, "年度资金总额", total),
        ("其中：财政拨款", p_fiscal, "其中：财政拨款", fiscal),
        ("其他资金", p_other, "其他资金", other),
    ]


def project(s: Sheet, *, year: int, name: str, unit: str, dept: str, annual: Sequence[Any],
            goals: Sequence[Any], period: Sequence[Any] | None = None,
            **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) with its money block."""
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=funds(annual, period),
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, *, year: int, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2): ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出,
    项目支出)."""
    rows = [tuple(wan(v) for v in budget)]
    lines = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=year, dept=dept, budget=rows, goal=goal, tasks=lines)


def indicators(s: Sheet, labels: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*labels)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote rows (注、说明、填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None, year: int = 2025) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(year - 1, 11, 26))  # fmt: skip
    s.row("（单位盖章）")
