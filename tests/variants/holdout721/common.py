"""Helpers shared by the returns of the 721st held-out set (invented county 榆岭县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "榆岭县"
RURAL = "榆岭县乡村振兴局"
WOMEN = "榆岭县妇女联合会"
TRADE = "榆岭县商务局"


def start(title: str = "Sheet1",
          widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def money_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def money_period(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def two_row_header(s: Sheet, names: Sequence[str], values: Sequence[str]) -> None:
    """A two-row header: ``names`` merged down over both rows, 指标值 spread over ``values``."""
    n = len(names)
    s.row(*names, "指标值", *([None] * (len(values) - 1)), merge=[(n + 1, n + len(values))])
    s.row(*([None] * n), *values)
    for c in range(1, n + 1):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str = "单位负责人") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"{head}：", who, "填报人联系电话：", phone, "填报日期：", date)
