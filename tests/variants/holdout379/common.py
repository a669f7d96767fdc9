"""Helpers shared by the returns of the 379th held-out set (farm stays and homestays in the
villages of the invented 鹭坪县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
TOURISM = "鹭坪县文化广电旅游体育局（318）"
FARMING = "鹭坪县农业农村局（305）"
WIDE = (16, 16, 30, 14, 18, 14)
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 资金总额, 财政拨款, 其他资金."""
    return [
        ("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def project(s: Sheet, *, name: str, unit: str, total: Any, fiscal: Any, other: Any, goal: Any,
            dept: str = TOURISM, **kw: Any) -> None:  # fmt: skip
    """A one-year project head for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=funds(total, fiscal, other),
                 goals=(goal,), **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head: one budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=[(*t[:2], wan(t[2]), *t[3:]) for t in tasks])  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date lines under a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 11, 26, CN_DATE))  # fmt: skip
    s.row("单位负责人：（签字）", None, "财务负责人：（签字）", None, "（单位盖章）")
