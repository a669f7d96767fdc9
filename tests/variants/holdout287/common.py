"""Helpers shared by the returns of the 287th held-out set (tobacco and salt monopoly
administration): a book with its first sheet, money rows in 万元, indicator tables with tier-1
and tier-2 merged down, stacked project heads, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
CITY_DEPT = "蓼汀市烟草专卖局（305018）"
SALT_DEPT = "蓼汀市盐务管理局（306002）"
TIERS = ("一级指标", "二级指标", "三级指标")
WIDE = (16, 18, 30, 18, 18, 18)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format only (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def year_money(
    total: Any, fiscal: Any, other: Any, *, split: tuple[str, str] = ("其中：财政拨款", "其他资金")
) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 and its two parts."""
    return [("年度资金总额", wan(total), split[0], wan(fiscal)), (None, None, split[1], wan(other))]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: 中期 and 年度 columns of (总额, 财政拨款, 其他资金)."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier columns merged down; returns the last row."""
    s.row(*header)
    return s.table(rows, merged=merged)


def stacked(s: Sheet, rows: Sequence[Sequence[Any]], **head: Any) -> None:
    """One project of a stacked sheet: a blank row, its head without a title, its table."""
    s.skip()
    project_head(s, year=YEAR, title="", **head)
    indicators(s, (*TIERS, "指标值"), rows)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature and date lines under a table (the fill date as a date cell)."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", None, f"联系电话：{phone}")
    s.row("填报日期：", day(*filled, fmt=CN_DATE))
