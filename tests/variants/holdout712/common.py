"""Helpers shared by the 712th held-out set: a book with its first sheet, money rows in 万元,
budget detail lines, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "鹤汀县文化和旅游局（218001）"
CENTRE = "鹤汀县旅游发展服务中心"
WIDTHS = (16, 16, 30, 18, 18, 18)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A workbook and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        (left, wan(p), right, wan(a))
        for (left, right), p, a in zip(labels, period, annual, strict=True)
    ]


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> int:
    """Budget detail lines (内容, 金额, 测算依据) and their 合计 row; returns the 合计 row."""
    top = s.row("资金明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    for name, amount, basis in lines:
        s.row(None, name, wan(amount), basis, merge=[(4, 6)])
    r = s.row(None, "合计", wan(total), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)
    return r


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """A signature line: 填报人, 联系电话 and 填报日期."""
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", date)
