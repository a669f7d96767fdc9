"""Helpers shared by the 778th held-out returns (provincial sports bureau, 沅岭省体育局)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

BUREAU = "沅岭省体育局（417）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", year[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
            ("其他资金", period[2], "其他资金", year[2])]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), heads: int = 1) -> int:  # fmt: skip
    """An indicator table under its header (``heads`` header rows given flat in ``head``),
    tier-1 and tier-2 merged down. Returns the last row."""
    n = len(head) // heads
    for i in range(heads):
        s.row(*head[i * n : (i + 1) * n])
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block (明细 · 金额) under the table, closed by its 合计 line."""
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])


def notes(s: Sheet, *lines: str) -> None:
    """Footnote rows under the table, each merged across six columns."""
    for text in lines:
        s.row(text, merge=[(1, 6)])


def signed(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line closing a return."""
    s.skip()
    s.row("单位负责人：", person, "填表人：", "蒋沛文", "联系电话：", phone)
    s.row("填报日期：", date)
