"""Helpers shared by the returns of the 884th held-out set (street lighting renovation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

DEPT = "澄湾市泗亭区城市管理局（417002）"
UNIT = "泗亭区市政照明维护中心"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (amounts in 万元 by number format)."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            (None, None, "其他资金", w(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money: each (总额, 财政拨款, 其他资金)."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, w(p), f"年度{lab}" if i == 0 else lab, w(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format; a marked cell passes unchanged."""
    return value if not isinstance(value, int | float) else money(value, WAN)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", "顾文澜", "财务负责人：", "邵予安", None, None)
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)
