"""Shared pieces of the 188th held-out corpus: a project return in one call, money rows and
indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2027


def w(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    return [["资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """(total, fiscal, other) for the 中期 column and for the 年度 column."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(
    *,
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    years: int = 1,
    year: int = YEAR,
    sheet: str = "Sheet1",
    attr: str = "延续项目",
    widths: Sequence[float] = (16, 18, 30, 18, 18, 18),
    after: Sequence[Sequence[Any]] = (),
    **head: Any,
) -> Book:
    """One project return: head block, indicator header, indicator rows (tiers merged down)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, attr=attr, **head)  # fmt: skip
    indicators(s, header, rows)
    for line in after:
        s.row(*line)
    return b


def indicators(s: Sheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    s.row(*header)
    return s.table(rows, merged=(1, 2))
