"""Helpers the returns of the 612th held-out set share (olive and 文冠果 plantations, a
cold-pressing oil workshop): a book with its first sheet, money rows, indicator tables with
tier-1 and tier-2 merged down, detail lines, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDTHS = (16, 18, 30, 18, 18, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(grant)],
        ["其他资金", wan(other), None, None],
    ]


def period_funds(p: Sequence[Any], a: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: ``p`` and ``a`` are (总额, 财政拨款, 其他资金)."""
    return [
        ["中期资金总额", wan(p[0]), "年度资金总额", wan(a[0])],
        ["其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(a[1])],
        ["其他资金", wan(p[2]), "其他资金", wan(a[2])],
    ]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def lines(s: Sheet, title: str, items: Sequence[Sequence[Any]], total: Any) -> None:
    """A detail block: a caption row, (名称, 金额, 说明) lines and the 合计 row."""
    s.row(title, "金额（万元）", "测算依据", merge=[(3, 6)])
    for name, amount, basis in items:
        s.row(name, wan(amount), basis, merge=[(3, 6)])
    s.row("合计", wan(total), None, merge=[(3, 6)])


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Note rows merged across the table (注, 说明, 填表说明)."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人") -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row(f"{head}：", None, f"填表人：{who}", f"联系电话：{phone}", "填报日期：", when)
