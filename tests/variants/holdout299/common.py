"""Helpers the returns of the 299th held-out set share: a book with its first sheet, money
rows in 万元, an indicator table under its header with tier-1 and tier-2 merged down, notes
and signature lines. Built on ``kit.py`` and ``heads.py`` unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

SIX = (16, 18, 30, 18, 18, 18)
Row = Sequence[Any]


def start(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format (a ``C`` passes through)."""
    if value is None or isinstance(value, C):
        return value
    return money(value, WAN)


def one_year(total: Any, grant: Any, other: Any) -> list[Row]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(p, wan(v), a, wan(w)) for (p, a), v, w in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2),
               col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any, *, head: str = "") -> None:
    """Signature and date lines under a table (``head``: the unit leader's line, if any)."""
    if head:
        s.row(f"单位负责人（签字）：{head}", None, None, "单位（盖章）", merge=[(1, 3), (4, 6)])
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled)


def details(s: Sheet, title: str, lines: Sequence[Row], total: Any) -> int:
    """A 资金明细 block: (支出内容, 金额, 测算依据) lines and a 合计 line."""
    s.row(title, "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for line in lines:
        s.row(None, *line, merge=[(4, 6)])
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r
