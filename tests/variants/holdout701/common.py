"""Helpers shared by the 701st held-out set: 渌岗县's road, shelter and village-bus returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

BUREAU = "渌岗县交通运输局（417003）"
ROADS = "渌岗县农村公路养护中心"
BUSES = "渌岗县城乡公交发展中心"
WIDE = (16, 16, 30, 14, 18, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a C passes through with its marks)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county transport bureau."""
    project_head(s, year=year, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, *, year: int, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head with one budget line (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    line = [money(v) for v in budget]
    department_head(s, year=year, dept=dept, budget=[line], goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or 说明 rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when, fmt=CN_DATE))
