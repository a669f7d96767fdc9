"""Helpers shared by the returns of the 614th held-out set: a book with its first sheet, money
rows in 万元 (the unit only in the number format), indicator tables under their header with
tier-1 and tier-2 merged down, notes under the table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

WIDE = (16, 20, 30, 18, 18, 16, 16)
T4 = ("一级指标", "二级指标", "三级指标", "指标值")
T5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) twice."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (("中期" if i == 0 else "") + label, wan(p), ("年度" if i == 0 else "") + label, wan(a))
        for i, (label, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def budget(*values: Any) -> list[tuple[Any, ...]]:
    """One department budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    return [tuple(wan(v) for v in values)]


def tasks(*rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Department task rows (名称, 内容, 金额, 目标), the amount wrapped in 万元."""
    return [(r[0], r[1], wan(r[2]), r[3]) for r in rows]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def caption(s: Sheet, text: str, width: int = 6) -> int:
    """A line merged across the table: a section caption, a note or a 填表说明."""
    return s.row(text, merge=[(1, width)])


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    for line in lines:
        caption(s, line, width)


def sign(s: Sheet, person: str, phone: str, checker: str, when: tuple[int, int, int]) -> None:
    """Signature lines under the table: 填报人, 电话, 审核人 and a 填报日期 date cell."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "审核人：", checker)
    s.row("填报日期：", day(*when, fmt=CN_DATE))
