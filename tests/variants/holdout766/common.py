"""Helpers shared by the returns of the 766th held-out set (a provincial meteorological bureau:
drought monitoring, lightning-protection inspections, weather-radar maintenance)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
BUREAU = "澜州省气象局 361001"
TIERS = ("一级指标", "二级指标", "三级指标")


def first(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format; a marked cell passes through."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(
    total: Any,
    fiscal: Any,
    other: Any,
    annual: Any = None,
    a_fiscal: Any = None,
    a_other: Any = None,
) -> list[list[Any]]:
    """The money block of a project head: 中期 beside 年度 (equal for a one-year project)."""
    a = total if annual is None else annual
    af = fiscal if a_fiscal is None else a_fiscal
    ao = other if a_other is None else a_other
    return [
        ["中期资金总额", wan(total), "年度资金总额", wan(a)],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(af)],
        ["其他资金", wan(other), "其他资金", wan(ao)],
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", f"联系电话：{phone}", "填报日期", date)
