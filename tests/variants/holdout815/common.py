"""Helpers shared by the returns of the 815th held-out set (county sports programme)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "枫屿县教育体育局（代码 417）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def funds(total: Any, grant: Any, other: Any, label: str = "年度资金总额") -> list[list[Any]]:
    """Money rows of a project head: the total, its 财政拨款 and 其他资金."""
    return [[label, total, "其中：财政拨款", grant], [None, None, "其他资金", other]]


def table(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def flat(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = FLAT) -> int:
    """A flat list without tiers."""
    s.row(*head)
    return s.table(rows)


def notes(s: Sheet, *lines: str) -> None:
    """Footnote rows merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期：", when)
