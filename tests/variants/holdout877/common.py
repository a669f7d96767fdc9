"""Helpers shared by the 877th held-out set: a book with its first sheet, money rows in 万元,
indicator tables under their header with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "鹭汀县文化广电和旅游局（417）"
LIB = "鹭汀县图书馆"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def annual(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), ("其他资金", other)]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    first = ("中期资金总额", p[0], "年度资金总额", a[0])
    return [first] + [(labels[i], p[i], labels[i], a[i]) for i in (1, 2)]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of 鹭汀县图书馆 under the county culture bureau."""
    kw.setdefault("unit", LIB)
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, budget: Sequence[Any], goal: str, tasks: Sequence[Sequence[Any]] = (),
               dept: str = LIB) -> None:  # fmt: skip
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row and the indicator rows, tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> int:
    """Signature and date lines under the table (a fill date may precede the budget year)."""
    s.skip()
    s.row("单位负责人：", "（签字）", "填表人：", person, "联系电话：", phone)
    return s.row("填报日期：", day(*filled, fmt=CN_DATE), None, "单位（盖章）")
