"""Helpers shared by the returns of the 329th held-out set (local grain reserves and storage)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 32, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked C is kept)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def funds_two(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) for each column."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def project(s: Sheet, **kw: Any) -> None:
    """A project head in the set's budget year (``project_head`` with ``year`` filled in)."""
    project_head(s, year=kw.pop("year", YEAR), **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row("填报人：", who, "联系电话：" + phone, None, "填报日期：", when)
    s.row("单位负责人（签字）：", None, "单位（盖章）")
