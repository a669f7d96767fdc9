"""Helpers shared by the returns of the 623rd held-out set (香榧 and 山核桃 groves, a nut
roasting cooperative): books, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

FOREST = "榧溪县林业局 317021"
COOP = "榧溪县供销合作社联合社 317034"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, (18, 18, 30, 18, 18, 18))


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project (万元 only in the number format)."""
    return [
        ["年度资金总额", _w(total), "其中：财政拨款", _w(fiscal)],
        ["其他资金", _w(other), None, None],
    ]


def multi_year(mid: tuple[Any, Any, Any], year: tuple[Any, Any, Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", _w(mid[0]), "年度资金总额", _w(year[0])],
        ["其中：财政拨款", _w(mid[1]), "其中：财政拨款", _w(year[1])],
        ["其他资金", _w(mid[2]), "其他资金", _w(year[2])],
    ]


def _w(v: Any) -> Any:
    return money(v, WAN) if isinstance(v, int | float) else v


def project(s: Sheet, year: int, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) under the county forestry bureau unless ``dept`` is given."""
    dept = kw.pop("dept", FOREST)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=cash, goals=goals, **kw)


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2) with one budget line."""
    line = [_w(v) for v in budget]
    rows = [[t[0], t[1], _w(t[2]), t[3]] for t in tasks]
    department_head(s, year=year, dept=dept, budget=[line], goal=goal, tasks=rows)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date line under a table (the date a date cell)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", day(*when))
