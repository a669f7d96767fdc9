"""Helpers shared by the returns of the 179th held-out set: money rows of the project head,
indicator tables with merged tier cells, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

YEAR = 2027  # the budget year of every return (tables filled in late 2026)


def cell(value: Any, fmt: str | None) -> Any:
    """``value`` with the number format ``fmt`` (or as typed when ``fmt`` is None)."""
    return value if fmt is None or isinstance(value, C) else C(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str | None = None) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", cell(total, fmt), "其中：财政拨款", cell(fiscal, fmt)],
        [None, None, "其他资金", cell(other, fmt)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str | None = None,
               label: str = "中期资金总额") -> list[list[Any]]:  # fmt: skip
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        [label, cell(period[0], fmt), "年度资金总额", cell(annual[0], fmt)],
        ["其中：财政拨款", cell(period[1], fmt), "其中：财政拨款", cell(annual[1], fmt)],
        ["其他资金", cell(period[2], fmt), "其他资金", cell(annual[2], fmt)],
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row of the indicator table, then its rows with tier cells merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or signature lines below a table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])
