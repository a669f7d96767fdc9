"""Helpers shared by the returns of the 286th held-out set (foreign affairs offices of the
invented city 澜屿市 and its districts): books, money rows, indicator tables, notes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
FAO = "澜屿市人民政府外事办公室（318001）"
W6 = (20, 18, 30, 16, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(v: Any, fmt: str = WAN) -> Any:
    """A number becomes a money cell (unit only in the number format); text and C stay."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return money(v, fmt)
    return v


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", amount(total, fmt), "其中：财政拨款", amount(fiscal, fmt)],
        ["", None, "其他资金", amount(other, fmt)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[p, amount(a, fmt), q, amount(b, fmt)]
            for (p, q), a, b in zip(labels, period, annual, strict=True)]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the city's foreign affairs office for the budget year."""
    project_head(s, year=YEAR, name=name, dept=kw.pop("dept", FAO), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def budget(total: float, fiscal: float, other: float, basic: float, proj: float,
           fmt: str = "0.00") -> list[Any]:  # fmt: skip
    """One budget line of a department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [money(v, fmt) for v in (total, fiscal, other, basic, proj)]


def department(s: Sheet, dept: str, lines: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=lines, goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: C | str) -> int:
    """The signature line under a table: 填报人, 联系电话, 填报日期."""
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
