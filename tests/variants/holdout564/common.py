"""Helpers shared by the returns of the 564th held-out set (rice-crayfish and rice-fish paddies):
a book with its first sheet, money rows, indicator tables with tiers merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

Row = Sequence[Any]
WIDTHS = (18, 18, 30, 18, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], [None, None, "其他资金", other]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [["中期资金总额", period[0], "年度资金总额", annual[0]],
            ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
            ["其他资金", period[2], "其他资金", annual[2]]]  # fmt: skip


def project(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county's agriculture bureau."""
    project_head(s, year=year, name=name, dept="芷汀县农业农村局（412）", unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head with one budget line."""
    department_head(s, year=year, dept=dept, budget=[budget], goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期：", date)


def filled(year: int, month: int, d: int) -> C:
    """A fill date typed as a date cell (Chinese date format)."""
    return day(year, month, d, CN_DATE)


HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
