"""Helpers shared by the 886th held-out set: a book with its first sheet, money rows in 万元
carried by the number format, an indicator table with tier-1 and tier-2 merged down, notes
and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 18, 30, 18, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 shown through the number format only (a ``C`` is kept as given)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def funds(
    period: Sequence[Any],
    annual: Sequence[Any] | None = None,
    first: tuple[str, str] = ("资金总额", "年度资金总额"),
) -> list[tuple[Any, ...]]:
    """The money rows of a project head: (资金总额, 财政拨款, 其他资金) for the whole period
    and for the year (the same figures for a one-year project)."""
    year = annual if annual is not None else period
    labels = (first, ("其中：财政拨款", "其中：财政拨款"), ("其他资金", "其他资金"))
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, year, strict=True)]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    tiers: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """A header row, then the indicator rows with the ``tiers`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=tiers, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note, footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list of indicators (no tiers) under a caption line."""
    s.row("年度绩效指标", merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows)
