"""Small helpers shared by the returns of the 76th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day

GE_PCT = '"≥"0%'  # ≥ carried by the number format, the cell holds 0.95


def ge(v: float) -> C:
    """A percentage typed with ≥ kept in a custom number format (shows ``≥95%``)."""
    return C(v, GE_PCT)


def basic(
    s: Sheet,
    *,
    year: int,
    name: str,
    dept: str,
    unit: str,
    width: int = 6,
    years: int = 1,
    attr: str = "延续项目",
    title: str | None = None,
) -> None:
    """Title and the three info rows of a project head (no money, no goals)."""
    s.title(title or f"{year}年度项目支出绩效目标申报表", width)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), (5, width)])
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(2, 3), (5, width)])
    s.row(
        "项目期",
        f"{years}年",
        "计划开始日期",
        day(year, 1, 1),
        "计划完成日期",
        day(year + years - 1, 12, 31),
    )


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with tier cells merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, *lines: str, width: int = 6) -> None:
    """Lines under the table as offices leave them (signatures, stamps, dates)."""
    for line in lines:
        s.row(line, merge=[(1, width)])
