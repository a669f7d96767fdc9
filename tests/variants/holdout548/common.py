"""Helpers shared by the returns of the 548th held-out set (rice wine and cured pork village
workshops): a book with its first sheet, money rows, indicator tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "枫岙县"
BUREAU = "枫岙县市场监督管理局"
WIDE = (14, 16, 30, 16, 16, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] | None = None) -> list[
        list[Any]]:  # fmt: skip
    """The money rows of a project head: 中期 on the left, 年度 on the right (equal for a
    one-year project unless ``annual`` is given)."""
    a = annual or (total, fiscal, other)
    return [["中期资金总额", wan(total), "年度资金总额", wan(a[0])],
            ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(a[1])],
            ["其他资金", wan(other), "其他资金", wan(a[2])]]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county market-supervision bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=f"{BUREAU}（318）", unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> int:
    """The signature and date line under a return."""
    s.skip()
    return s.row("填表人：", who, "联系电话：", phone, "填报日期：",
                 when or day(YEAR - 1, 12, 16, CN_DATE))  # fmt: skip
