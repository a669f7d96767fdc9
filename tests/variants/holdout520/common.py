"""Helpers shared by the returns of the 520th held-out set: 蓑湾县篁渡镇 on the 青篙江, its
cormorant-fishing households (鸬鹚捕鱼) and its bamboo-raft tourism (竹筏旅游)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, C, Sheet, money

YEAR = 2026
FISHERY = "蓑湾县农业农村局（417003）"
TOURISM = "蓑湾县文化广电和旅游局（417011）"
STATION = "篁渡镇渔业综合服务站"
RAFTS = "篁渡镇竹筏旅游服务中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (14, 16, 30, 14, 16, 12)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _m(v: Any, fmt: str | None) -> Any:
    return v if fmt is None or isinstance(v, C) else money(v, fmt)


def funds(total: Any, fiscal: Any, other: Any, fmt: str | None = None) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (万元)."""
    return [
        ("年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)),
        (None, None, "其他资金", _m(other, fmt)),
    ]


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            dept: str = FISHERY, **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit, money=rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
