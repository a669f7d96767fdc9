"""Helpers shared by the returns of the 262nd held-out set: the pieces of a budget-system
(预算管理一体化系统) export: key/value heads with system codes, money blocks with 测算依据,
indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDE = (10, 26, 12, 34, 16, 14)  # a project head above a money block
LINES = ("序号", "支出内容", "经济分类", "测算依据", "金额（万元）")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def meta(s: Sheet, title: str, pairs: Sequence[Sequence[Any]], width: int = 6) -> None:
    """An export head: a title merged across, then rows of (label, value, label, value, …)."""
    s.title(title, width)
    for line in pairs:
        s.row(*line)


def lines(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, header: Sequence[Any] = LINES,
          label: str = "合计") -> None:  # fmt: skip
    """A money block: a header row, detail lines and the 合计 row (amount in the last column)."""
    s.row(*header)
    for r in rows:
        s.row(*r)
    s.row(label, *([None] * (len(header) - 2)), total)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The indicator table under its header row, the ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def sign(s: Sheet, who: str, checker: str, phone: str, when: Any = None) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", when)


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
