"""Helpers shared by the returns of the 680th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (14, 16, 30, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 and 年度 equal, each split into its sources."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(grant), "其中：财政拨款", wan(grant)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, grant, other) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [
        (a, p if isinstance(p, C) else wan(p), b, y if isinstance(y, C) else wan(y))
        for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, y: int, m: int, d: int) -> None:
    """Signature and date line."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(y, m, d))


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A budget detail block: one line per item, then the 合计 line."""
    s.row("项目支出明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, amount if isinstance(amount, C) else wan(amount),
              merge=[(2, 3)])  # fmt: skip
    s.row(None, "合计", None, total if isinstance(total, C) else wan(total), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
