"""Helpers shared by the returns of the 816th held-out set (rural drinking-water safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18, 16)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDE)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    p = [v if isinstance(v, C) else wan(v) for v in period]
    a = [v if isinstance(v, C) else wan(v) for v in annual]
    return [
        ["中期资金总额", p[0], "年度资金总额", a[0]],
        ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
        ["其他资金", p[2], "其他资金", a[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """A budget detail block: (item, amount, basis) lines and a 合计 line."""
    s.row("资金测算明细", "明细项目", "金额（万元）", "测算依据")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", total)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """Signature, phone and date line under the table."""
    s.skip()
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", date)
