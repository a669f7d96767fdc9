"""Helpers shared by the returns of the 375th held-out set (水库移民后期扶持)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "澹川县水利局（317002）"
UNIT = "澹川县水库移民后期扶持中心"


def new(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """A number as an amount in 万元 (the unit only in the number format); anything else as is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return money(value, WAN)
    return value


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, w(p), b, w(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], **kw: Any
) -> None:
    """A project head (§3.1) for the budget year with this set's department and unit."""
    kw.setdefault("dept", DEPT)
    kw.setdefault("unit", UNIT)
    project_head(s, year=YEAR, name=name, money=money_rows, goals=goals, **kw)


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)


TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
