"""Helpers shared by the returns of the 209th held-out set: money rows, a 资金来源 block, a
procurement list written as budget lines, the indicator table and a signature line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def funding(s: Sheet, sources: Sequence[tuple[str, float]]) -> None:
    """A 资金来源 block: two sources a row, then their 合计 (all in 万元)."""
    top = s.r + 1
    pairs = [sources[i : i + 2] for i in range(0, len(sources), 2)]
    for pair in pairs:
        cells: list[Any] = []
        for label, amount in pair:
            cells += [label, wan(amount)]
        s.row("资金来源（万元）" if s.r + 1 == top else None, *cells)
    s.row(None, "合计", wan(round(sum(a for _, a in sources), 2)))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def _amount(c: Any) -> float:
    return float(c.value if isinstance(c, C) else c)


def purchase(s: Sheet, header: Sequence[str], items: Sequence[Sequence[Any]], *,
             label: str = "设备购置明细", total: Any = None, fmt: str = "0.00",
             price_first: bool = False) -> int:  # fmt: skip
    """A procurement list as budget lines: ``items`` are (name, count, price[, amount]); the
    amount is count × price unless given (a planted slip), the 合计 the sum of the amounts
    unless given. ``header`` names (品目, 数量, 单价, 金额) in the order written. Returns the
    合计 row."""
    s.row(label, *header)
    top = s.r
    amounts = []
    for name, count, price, *given in items:
        amount = given[0] if given else money(round(count * price, 2), fmt)
        amounts.append(_amount(amount))
        middle = (price, count) if price_first else (count, price)
        s.row(None, name, *middle, amount)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("合计", None, None, None, money(round(sum(amounts), 2), fmt) if total is None else total)
    return s.r


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
