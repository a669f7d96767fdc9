"""Helpers shared by the returns of the 415th held-out set: a provincial sports bureau's canoeing
and rowing (皮划艇/赛艇) youth training base. Every name, unit, phone number and figure is
invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "澄沅省体育局（211）"
BASE = "澄沅省雁汀水上运动青少年训练基地"
KAYAK = "雁汀基地皮划艇训练部"
ROWING = "雁汀基地赛艇训练部"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked cells pass through)."""
    return money(value, WAN) if isinstance(value, int | float) else value


def funds(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(other), None, None),
    ]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            unit: str = BASE, **kw: Any) -> None:  # fmt: skip
    """A project head of the base under the provincial sports bureau."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of one of the base's training divisions (or the whole base)."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: C) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", date)
    s.row("单位负责人（签字）：", None, "（单位盖章）")
