"""Helpers the returns of the 659th held-out set share: a book with its first sheet, money rows
in 万元 (the unit only in the number format), an indicator table under its header with tier-1
and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

Row = Sequence[Any]


def start(
    sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 14)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: Any) -> C:
    """An amount in 万元 as the budget forms store it (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], col: int = 1) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down their blocks."""
    s.row(*header, col=col)
    return s.table(rows, merged=(1, 2), col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: C | None = None, year: int = 2025) -> None:
    """The signature line under a return: 填报人, 联系电话, 填报日期."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when or day(year - 1, 11, 25))


HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def one_year_project(
    s: Sheet,
    name: str,
    dept: str,
    unit: str,
    money: Sequence[Any],
    goal: str,
    rows: Sequence[Row],
    first: bool = True,
) -> None:
    """A one-year 2025 project with a single value column; ``first`` False stacks it under the
    project above (no title, a blank row between)."""
    if not first:
        s.skip()
    project_head(
        s,
        year=2025,
        name=name,
        dept=dept,
        unit=unit,
        money=one_year(*money),
        goals=[goal],
        title=None if first else "",
    )
    indicators(s, HEAD4, rows)
