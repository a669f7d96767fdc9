"""Helpers shared by the returns of the 354th held-out set (鹤坪县档案馆, budget year 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "鹤坪县档案局（317）"
UNIT = "鹤坪县档案馆"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other)]


def period(totals: Sequence[Any], fiscal: Sequence[Any], other: Sequence[Any]) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a multi-year project: (中期, 年度) for total, 财政拨款, 其他资金."""
    return [
        ("中期资金总额", totals[0], "年度资金总额", totals[1]),
        ("中期财政拨款", fiscal[0], "年度财政拨款", fiscal[1]),
        ("中期其他资金", other[0], "年度其他资金", other[1]),
    ]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of 鹤坪县档案馆 for 2025 (``kw`` passed on to ``heads.project_head``)."""
    kw.setdefault("year", YEAR)
    kw.setdefault("unit", UNIT)
    project_head(s, name=name, dept=DEPT, money=money_rows, goals=goals, **kw)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
