"""Helpers shared by the returns of the 737th held-out set (澄岭县自然资源局, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, Book, Sheet, day

YEAR = 2026
DEPT = "澄岭县自然资源局（318）"
WIDTHS = (16, 16, 30, 18, 16, 14)
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "绩效目标表", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """The project head of §3.1 for the bureau, budget year 2026 unless told."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, unit=unit, money=money,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """The department head of §3.2, filled in November of the year before."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 14))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def block(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """More indicator rows under a header already written (after a note or a subtotal)."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signs(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 11, 20, CN_DATE))


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """A budget detail block (支出内容 · 测算依据 · 金额) with its 合计 row; returns that row."""
    s.skip()
    s.row("项目支出明细", "支出内容", "测算依据", "金额（万元）")
    top = s.r
    for line in lines:
        s.row(None, *line)
    r = s.row(None, "合计", None, total)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)
    return r
