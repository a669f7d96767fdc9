"""Helpers shared by the returns of the 440th held-out set: 桐浦市 (an invented city), its
community pharmacies (社区药房) and its household medicine-return programme (过期药品回收)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEALTH = "桐浦市卫生健康委员会（306）"
MARKET = "桐浦市市场监督管理局（311）"
GUIDE = "桐浦市社区药事服务指导中心"
RETURNS = "桐浦市药品回收处置服务站"


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 16, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (万元)."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, fiscal, other) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(("中期" if i == 0 else "") + lab, wan(p), ("年度" if i == 0 else "") + lab, wan(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its one-row header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def header2(s: Sheet, top: Sequence[Any], bottom: Sequence[Any],
            across: Sequence[tuple[int, int]], down: Sequence[int]) -> None:  # fmt: skip
    """A two-row header: ``across`` spans in the top row, ``down`` columns merged over both."""
    s.row(*top, merge=across)
    s.row(*bottom)
    for c in down:
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table (the date a date cell)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*when),
          merge=[(1, 2), (3, 4)])  # fmt: skip
    s.row("单位负责人（签字）：", None, "（单位盖章）", merge=[(1, 2), (3, 4)])


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: (明细名称, 金额, 测算依据) lines and their 合计 (万元)."""
    s.skip()
    s.row("项目支出明细", "金额（万元）", "测算依据", None, None, None, merge=[(3, 6)])
    for name, amount, basis in lines:
        s.row(name, wan(amount), basis, None, None, None, merge=[(3, 6)])
    s.row("合计", wan(total), None, None, None, None, merge=[(3, 6)])
