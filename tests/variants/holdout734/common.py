"""Helpers shared by the returns of the 734th held-out set (柘川县退役军人事务局, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

BUREAU = "柘川县退役军人事务局"
DEPT = "柘川县退役军人事务局（418207）"
T5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
T2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 32, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for the period and the year."""
    return [["中期资金总额", period[0], "年度资金总额", annual[0]],
            ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
            ["其他资金", period[2], "其他资金", annual[2]]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               col: int = 1, merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 11, d: int = 18) -> None:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row(
        f"单位负责人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(year - 1, month, d)
    )
    s.row("（单位盖章）")


def notes(s: Sheet, *lines: str) -> None:
    """注 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])
