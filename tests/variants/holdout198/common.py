"""Helpers shared by the returns of the 198th held-out set: money rows, indicator tables
(merged, repeated or flat), detail lines below a table, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WAN4 = "0.0000"  # 万元 with four decimals, as the budget system exports them


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def wan4(value: float) -> C:
    """An amount in 万元 with four decimals (the unit sits in the row or column label)."""
    return money(value, WAN4)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, unit: str, lines: Sequence[tuple[Any, Any, Any]], total: Any) -> None:
    """Detail lines below a table: (支出内容, 金额, 测算依据) and a 合计 line."""
    s.skip()
    s.row(f"项目资金明细（{unit}）", merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    for i, (what, amount, basis) in enumerate(lines, start=1):
        s.row(i, what, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, total, None, None, merge=[(1, 3), (5, 6)])


def sign(s: Sheet, who: str, checker: str, phone: str, date: str = "") -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if date:
        s.row(f"填报日期：{date}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
