"""Helpers shared by the returns of the 668th held-out set (ponds, tail water, fry release)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDE = (16, 18, 30, 18, 18, 18)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (
            f"中期{labels[0]}" if i == 0 else labels[i],
            w(p),
            f"年度{labels[0]}" if i == 0 else labels[i],
            w(a),
        )
        for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: one column of amounts."""
    return [("资金总额", w(total), "其中：财政拨款", w(fiscal)), ("其他资金", w(other), None, None)]


def project(
    s: Sheet,
    year: int,
    name: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    **kw: Any,
) -> None:
    """A project head under the agriculture bureau of an invented county."""
    dept = kw.pop("dept", "沅塘县农业农村局（3306）")
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals, **kw)


def department(
    s: Sheet, year: int, dept: str, budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: Any
) -> None:
    """A department head; budget = (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    rows = [tuple(w(v) for v in budget)]
    task_rows = [(t[0], t[1], w(t[2]), t[3]) for t in tasks]
    department_head(s, year=year, dept=dept, budget=rows, goal=goal, tasks=task_rows)


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 line across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row(
        "填表人：",
        who,
        "联系电话：",
        phone,
        "填报日期：",
        when or day(2024, 11, 26, 'yyyy"年"m"月"d"日"'),
    )
