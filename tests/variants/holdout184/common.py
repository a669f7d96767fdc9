"""Helpers shared by the returns of the 184th held-out set: money cells in 万元 and 元, the
分年度资金安排 blocks of multi-year heads, header rows, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 with separators and the unit in the number format."""
    return money(value, YUAN)


def plain(value: float) -> C:
    """An amount typed as a plain number with two decimals (the block's label gives 万元)."""
    return money(value, "0.00")


def header(s: Sheet, *labels: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*labels)


def notes(s: Sheet, width: int, *lines: str) -> None:
    """Footnotes or signature lines below the table, each merged across ``width`` columns."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def years_split(
    s: Sheet, rows: Sequence[Sequence[Any]], label: str = "分年度资金安排（万元）"
) -> None:
    """A vertical 分年度资金安排 block: a header row (年度, 资金总额, 财政拨款, 其他资金) then one
    row per year and a 合计 row, the label merged down column 1."""
    top = s.row(label, "年度", "资金总额", "其中：财政拨款", "其他资金")
    for r in rows:
        s.row(None, *r)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def years_across(
    s: Sheet, years: Sequence[Any], amounts: Sequence[Any], label: str = "分年度资金安排（万元）"
) -> None:
    """A horizontal 分年度资金安排 block: the years (and 合计) in one row, the amounts below."""
    top = s.row(label, *years)
    s.row(None, *amounts)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
