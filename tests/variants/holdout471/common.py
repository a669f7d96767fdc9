"""Helpers shared by the returns of the 471st held-out set (黄酒 and 酱油 brewing craft)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(period: Sequence[float], annual: Sequence[float] | None = None) -> list[list[Any]]:
    """Money rows of a project head: (total, 财政拨款, 其他资金) for the period and the year;
    a one-year project gives the same three amounts twice."""
    year = annual or period
    first = "中期资金总额" if annual else "项目资金总额"
    labels = ((first, "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, year, strict=True)]


def dept_budget(amounts: Sequence[float], shares: Sequence[Any] = ()) -> list[list[Any]]:
    """Department budget rows: (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), then shares."""
    rows: list[list[Any]] = [[wan(a) for a in amounts]]
    if shares:
        rows.append(list(shares))
    return rows


def indicators(s: Sheet, header: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: its header row(s), then the rows with tier columns merged down."""
    for h in header:
        s.row(*h)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any, head: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(head, person, "填报人联系电话：", phone, "填报日期：", date)
