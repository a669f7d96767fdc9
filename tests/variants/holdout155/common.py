"""Helpers shared by the returns of the 155th held-out set: money rows of the project head,
indicator headers, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def money_rows(period: Sequence[Any], annual: Sequence[Any], *, first: str = "实施期资金总额",
               fmt: Any = wan) -> list[tuple[Any, ...]]:  # fmt: skip
    """The three money rows of a project head: (总额, 财政拨款, 其他资金) for the whole period and
    for the year; a value already wrapped in ``C`` (e.g. carrying a mark) is kept as it is."""

    def cell(v: Any) -> Any:
        return v if isinstance(v, C) else fmt(v)

    labels = (
        (first, "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [(a, cell(p), b, cell(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def line(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or signature line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, *people: str, width: int = 6) -> int:
    """A signature line below the table (not an indicator)."""
    s.skip()
    return line(s, "　　".join(people), width)
