"""Helpers shared by the returns of the 669th held-out set (flax and linseed oil, asparagus)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
WIDTHS = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def amount(value: Any) -> Any:
    """A bare number becomes a 万元 cell; a cell already built (with a mark) stays as it is."""
    return wan(value) if isinstance(value, int | float) else value


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", amount(total), "其中：财政拨款", amount(fin)),
        (None, None, "其他资金", amount(other)),
    ]


def period(whole: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期, then for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (("中期" if i == 0 else "") + lab, amount(w), ("年度" if i == 0 else "") + lab, amount(y))
        for i, (lab, w, y) in enumerate(zip(labels, whole, year, strict=True))
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction row merged across the table."""
    return s.row(text, merge=[(1, width)])


def details(s: Sheet, lines: Sequence[tuple[str, str, Any]], total: Any) -> None:
    """A budget detail block: (明细项目, 测算依据, 金额) lines and their 合计 row."""
    s.row("资金测算明细", "明细项目", "测算依据", None, "金额（万元）", merge=[(3, 4)])
    top = s.r
    for name, basis, value in lines:
        s.row(None, name, basis, None, amount(value), merge=[(3, 4)])
    s.row(None, "合计", None, None, amount(total), merge=[(3, 4)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """Signature and date line under the table."""
    return s.row("填报人", who, "联系电话", phone, "填报日期", when)
