"""Helpers shared by the returns of the 889th held-out set (community correction and legal aid
for minors): a book with its first sheet, money rows, indicator tables, footnotes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
BASIC = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fin: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fin)),
        ("其他资金", w(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [
        (a, p if isinstance(p, C) else w(p), b, y if isinstance(y, C) else w(y))
        for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines under a table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """Signature and date lines at the foot of a return."""
    s.skip()
    s.row("单位负责人：", person, None, "填表人联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 11, 18, 'yyyy"年"m"月"d"日"'))


def detail(s: Sheet, title: str, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block (名称 · 金额) with its 合计 row."""
    s.skip()
    s.row(title, merge=[(1, 6)])
    s.row("支出内容", "金额（万元）", "测算依据")
    for name, amount, *basis in lines:
        s.row(name, amount, *basis)
    s.row("合计", total)
