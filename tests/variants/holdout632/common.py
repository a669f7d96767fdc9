"""Helpers shared by the returns of the 632nd held-out set (柞蚕 and 树莓)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
WIDTHS = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, w(p), b, w(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def budget(*values: Any) -> list[list[Any]]:
    """A department budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    return [[w(v) for v in values]]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
