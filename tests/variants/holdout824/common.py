"""Helpers shared by the returns of the 824th held-out set (school campus safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format (a marked ``C`` is kept as it is)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fin)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money rows, each (总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", wan(period[0]), "其中：财政拨款", wan(period[1])),
        ("中期其他资金", wan(period[2])),
        ("年度资金总额", wan(annual[0]), "其中：财政拨款", wan(annual[1])),
        ("年度其他资金", wan(annual[2])),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> int:
    """A money breakdown below the table: 明细项目 · 金额（万元）, then the 合计 line."""
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    for name, value in lines:
        s.row(None, name, None, wan(value), merge=[(2, 3)])
    return s.row(None, "合计", None, wan(total), merge=[(2, 3)])


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> int:
    """The signature and date line under the table."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
