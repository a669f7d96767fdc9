"""Helpers the returns of the 296th held-out set share: a book with its first sheet, amounts in
万元 cells, the money lines of a project head, indicator tables with tier-1 and tier-2 merged
down, money detail blocks, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 18, 32, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format; a marked number keeps its
    marks, text (an artefact) stays text."""
    if isinstance(value, C):
        if isinstance(value.value, (int, float)) and not value.fmt:
            return C(value.value, WAN, value.marks)
        return value
    if isinstance(value, (int, float)):
        return money(value, WAN)
    return value


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[list[Any]]:
    """The money lines of a project head, 中期 beside 年度: 资金总额, 财政拨款, 其他资金. A
    one-year project (``annual`` empty) repeats the 中期 figures in the 年度 column."""
    a = annual or (total, fiscal, other)
    return [
        ["中期资金总额", w(total), "年度资金总额", w(a[0])],
        ["其中：财政拨款", w(fiscal), "其中：财政拨款", w(a[1])],
        ["其他资金", w(other), "其他资金", w(a[2])],
    ]


def single(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The two money lines of a one-year project: 年度资金总额 with 财政拨款, then 其他资金."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], fmt: str = WAN) -> int:
    """A money detail block under the table: 支出明细 | item | amount, then the 合计 line (the
    sum of the lines)."""
    s.row("资金支出明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, C(amount, fmt), merge=[(2, 3)])
    total = round(sum(a for _, a in lines), 4)
    s.row(None, "合计", None, C(total, fmt), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "") -> int:
    """Signature and date lines under the table."""
    if head:
        s.row("单位负责人（签字）：", head, None, "单位（盖章）")
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
