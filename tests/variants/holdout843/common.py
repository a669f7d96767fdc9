"""Helpers shared by the returns of the 843rd held-out set (rural school nutrition)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(v, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A 资金明细 block under the head: lines and their 合计 (万元)."""
    s.row("资金明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, v in lines:
        s.row(None, name, None, v, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def footer(s: Sheet, person: str, phone: str, notes: Sequence[str] = (), month: int = 11) -> None:
    """Notes under the table, then signature, phone and a fill date in the year before."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", day(YEAR - 1, month, 18))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
