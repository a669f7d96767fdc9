"""Helpers shared by the returns of the 176th held-out set: money blocks, indicator tables,
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def wan(v: Any, fmt: str = WAN) -> C:
    """An amount in 万元, the unit in the number format (a C, possibly marked, passes)."""
    return v if isinstance(v, C) else money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ["年度资金总额", wan(total, fmt), "其中：财政拨款", wan(fiscal, fmt)],
        [None, None, "其他资金", wan(other, fmt)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (total, fiscal, other) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row and the indicator rows, tier cells merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines below the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", None, f"联系电话：{phone}")
    s.row(f"填报日期：{date}")
