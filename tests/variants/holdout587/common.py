"""Helpers shared by the 587th held-out returns (daylily picking, steaming and drying)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

TABLE = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """One-year money block: 年度资金总额 = 财政拨款 + 其他资金 (the caller makes them agree)."""
    return [
        ("年度资金总额", money(total), "其中：财政拨款", money(fiscal)),
        (None, None, "其他资金", money(other)),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Multi-year block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{labels[i]}" if i == 0 else labels[i], period[i],
         f"年度{labels[i]}" if i == 0 else labels[i], annual[i])
        for i in range(3)
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               col: int = 1, merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str) -> None:
    """Signature and date line of the filling unit (filled in the autumn before the year)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(year - 1, 10, 28))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: (明细, 数量, 单价（万元）, 金额（万元）) rows and a 合计 row."""
    s.skip()
    s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）")
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total)
