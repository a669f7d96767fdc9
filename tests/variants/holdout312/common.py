"""Helpers shared by the returns of the 312th held-out set (relief stations for vagrants and
beggars): a book with its first sheet, money rows, indicator tables with tier-1 and tier-2
merged down, notes and signature lines, built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, C, Sheet, day, money

YEAR = 2026
DEPT = "沅塘市民政局（318）"
STATION = "沅塘市救助管理站"
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")
OP_HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
WIDE = (16, 18, 30, 16, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell; a value already wrapped (marked), a text or None is kept."""
    if value is None or isinstance(value, C | str):
        return value
    return money(value, fmt)


def funds(
    period: Sequence[Any], annual: Sequence[Any] | None = None, fmt: str = "0.00"
) -> list[list[Any]]:
    """中期 and 年度 money side by side, each (资金总额, 财政拨款, 其他资金)."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    year = annual if annual is not None else period
    return [
        [
            ("中期" if i == 0 else "") + lab,
            cash(p, fmt),
            ("年度" if i == 0 else "") + lab,
            cash(a, fmt),
        ]
        for i, (lab, p, a) in enumerate(zip(labels, period, year, strict=True))
    ]


def project(
    s: Sheet,
    name: str,
    unit: str,
    period: Sequence[Any],
    goals: Sequence[Any],
    *,
    annual: Sequence[Any] | None = None,
    rows: Sequence[Sequence[Any]] | None = None,
    fmt: str = "0.00",
    **kw: Any,
) -> None:
    """A project head of the budget year; ``rows`` replaces the 中期/年度 money rows."""
    lines = rows if rows is not None else funds(period, annual, fmt)
    dept = kw.pop("dept", DEPT)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=lines, goals=goals, **kw)


def department(
    s: Sheet,
    dept: str,
    budget: Sequence[Any],
    goal: str,
    tasks: Sequence[Sequence[Any]] = (),
    **kw: Any,
) -> None:
    """A department head: one budget line and the key tasks (the last one 金额合计)."""
    lines = [[cash(v) for v in budget]]
    jobs = [[t[0], t[1], cash(t[2]), t[3]] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=lines, goal=goal, tasks=jobs, **kw)


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    header: Sequence[Any] | None = HEADER,
    merged: Sequence[int] = (1, 2),
) -> int:
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    if header:
        s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    filled = when or day(YEAR - 1, 11, 18)
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", filled)
