"""Helpers shared by the returns of the 432nd held-out set (a scenic area's passenger ropeway)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day

DEPT = "苍麓市文化广电和旅游局（416）"
UNIT = "苍麓市鹤岫山风景区管理委员会"
TIERED = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 18, 18, 18)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format only (a marked value keeps its marks)."""
    if isinstance(v, C):
        return replace(v, fmt=WAN)
    return C(v, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, year, strict=True)]


def project(s: Sheet, year: int, name: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the ropeway's owner (§3.1)."""
    kw.setdefault("unit", UNIT)
    kw.setdefault("dept", DEPT)
    project_head(s, year=year, name=name, money=money, goals=goals, **kw)


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2); ``budget``: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    department_head(s, year=year, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def task(name: str, content: str, amount: Any, goal: str) -> list[Any]:
    return [name, content, wan(amount), goal]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: tuple[int, int, int]) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*date))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
