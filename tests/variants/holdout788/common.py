"""Helpers shared by the returns of the 788th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, money

WIDTHS = (18, 18, 30, 18, 18, 18, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _m(v: Any, fmt: str) -> Any:
    return v if isinstance(v, C) or v is None else money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[list[Any]]:
    """Money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ["年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)],
        ["其他资金", _m(other, fmt), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = "0.00") -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [p_label, _m(p, fmt), a_label, _m(a, fmt)]
        for (p_label, a_label), p, a in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, checker: str = "") -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", f"审核人：{checker}", "填报日期", when)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any, fmt: str = "0.00") -> None:
    """A money detail block (资金明细) with its 合计 line."""
    top = s.r + 1
    for name, amount in lines:
        s.row("资金明细（万元）" if s.r + 1 == top else None, name, _m(amount, fmt))
    s.row(None, "合计", _m(total, fmt))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
