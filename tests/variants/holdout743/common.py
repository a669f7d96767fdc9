"""Helpers shared by the returns of the 743rd held-out set (枫渚县司法局, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

COUNTY = "枫渚县"
BUREAU = "枫渚县司法局（417）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (None stays None)."""
    return value if value is None or not isinstance(value, int | float) else money(value, WAN)


def money_rows(period: Any, fin_p: Any, oth_p: Any, annual: Any = None, fin_a: Any = None,
               oth_a: Any = None) -> list[tuple[Any, ...]]:  # fmt: skip
    """The project money block: 实施期 and 年度 totals with 财政拨款 and 其他资金 under each
    (the annual column repeats the period one unless given)."""
    annual = period if annual is None else annual
    fin_a = fin_p if fin_a is None else fin_a
    oth_a = oth_p if oth_a is None else oth_a
    return [
        ("实施期资金总额", w(period), "年度资金总额", w(annual)),
        ("其中：财政拨款", w(fin_p), "其中：财政拨款", w(fin_a)),
        ("其他资金", w(oth_p), "其他资金", w(oth_a)),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged, col=col)


def lines(s: Sheet, texts: Sequence[Any], width: int = 6) -> None:
    """Footnotes, 说明 or signature lines under the table, each merged across it."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A signature line: 填报人, phone and date in separate cells."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
