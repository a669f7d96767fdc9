"""Helpers shared by the returns of the 162nd held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
_FW = str.maketrans("0123456789%", "０１２３４５６７８９％")


def fw(text: str) -> str:
    """Text as pasted from a Word file typed with full-width digits and signs."""
    return text.translate(_FW)


def wan(value: float) -> C:
    return money(value, WAN)


def one_year_money(total: float, grant: float, other: float) -> list[list[Any]]:
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(grant)],
        ["其他资金", wan(other), None, None],
    ]


def multi_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """(total, grant, other) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(
    book: Book,
    sheet: str,
    *,
    name: str,
    dept: str,
    unit: str,
    money_rows: Any,
    goals: Sequence[Any],
    header: Sequence[Any] = HEAD,
    rows: Sequence[Sequence[Any]] = (),
    widths: Sequence[float] = (14, 14, 30, 18, 18, 30),
    **kw: Any,
) -> Sheet:
    """A project head, the indicator header and the rows (tier columns merged)."""
    s = book.sheet(sheet, widths)
    project_head(
        s,
        year=kw.pop("year", YEAR),
        name=name,
        dept=dept,
        unit=unit,
        money=money_rows,
        goals=goals,
        **kw,
    )
    s.row(*header)
    s.table(rows, merged=(1, 2))
    return s


def sign_off(s: Sheet, *lines: str) -> None:
    s.skip()
    for line in lines:
        s.row(line, merge=[(1, 6)])
