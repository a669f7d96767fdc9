"""Helpers shared by the 832nd held-out set: the invented county 栖梧县 and its heritage offices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

BUREAU = "栖梧县文化广电和旅游局（318006）"
WIDTHS = (18, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(year: Sequence[Any], period: Sequence[Any] | None = None) -> list[list[Any]]:
    """Money rows: 中期 on the left, 年度 on the right; (总额, 财政拨款, 其他资金) each."""
    p = period or [C(v.value, v.fmt) if isinstance(v, C) else v for v in year]  # marks once
    return [
        ["中期资金总额", wan(p[0]), "年度资金总额", wan(year[0])],
        ["其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(year[1])],
        ["其他资金", wan(p[2]), "其他资金", wan(year[2])],
    ]


def project(s: Sheet, *, name: str, unit: str, year_money: Sequence[Any], goals: Sequence[Any],
            year: int = 2025, years: int = 1, period_money: Sequence[Any] | None = None,
            title: str | None = None) -> None:  # fmt: skip
    """A project head of the county's culture bureau."""
    project_head(s, year=year, name=name, dept=BUREAU, unit=unit, goals=goals, years=years,
                 money=funds(year_money, period_money), title=title)  # fmt: skip


def grid(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*when, fmt=CN_DATE))
