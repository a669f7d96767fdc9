"""Helpers shared by the returns of the 395th held-out set (old opera stages and ancestral
halls): a book with its first sheet, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
BUREAU = "梧垣县文化广电旅游局（412）"
CENTRE = "梧垣县文物保护中心"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 16, 30, 18, 18, 18)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: total, of which fiscal and other funds."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def period(whole: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period, then the year."""
    return [
        ("中期资金总额", wan(whole[0]), "年度资金总额", wan(year[0])),
        ("其中：财政拨款", wan(whole[1]), "其中：财政拨款", wan(year[1])),
        ("其他资金", wan(whole[2]), "其他资金", wan(year[2])),
    ]


def project(name: str, unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", BUREAU)
    project_head(s, name=name, unit=unit, money=money_rows, goals=goals, **kw)
    return b, s


def department(dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人", who, "联系电话", phone, "填报日期", when)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）", merge=[(1, 3), (4, 6)])
