"""Helpers shared by the returns of the 308th held-out set: a book with its first sheet, money
rows for one-year and multi-year projects, an indicator table under its header (tier-1 and
tier-2 merged down), note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

W6 = (16, 16, 30, 18, 18, 18)
W7 = (14, 14, 16, 28, 14, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (text and cells pass as is)."""
    if value is None or isinstance(value, (C, str)):
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), None, None],
        ["其中：财政拨款", wan(fiscal), "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [left, wan(p), right, wan(a)]
        for (left, right), p, a in zip(labels, period, annual, strict=True)
    ]


def project(title: str = "Sheet1", widths: Sequence[float] = W6, **head: Any) -> tuple[Book, Sheet]:
    """A return whose first sheet opens with a project head (``heads.project_head``)."""
    b, s = book(title, widths)
    project_head(s, **head)
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, clerk: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature lines under the table: 单位负责人, 填报人, 联系电话 and the fill date."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{clerk}", f"联系电话：{phone}")
    s.row("填报日期：", day(*filled))
