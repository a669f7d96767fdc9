"""Helpers shared by the returns of the 181st held-out set: merged tier blocks, indicator
tables, money cells and the lines offices write under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, C, Sheet, day, money

YEAR = 2026


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 with the unit only in the number format."""
    return money(value, YUAN)


def blocks(rows: Sequence[Sequence[Any]], tiers: int = 2) -> list[list[Any]]:
    """Blank the tier labels that repeat the row above (the first ``tiers`` columns), so that
    ``Sheet.table(..., merged=...)`` merges them down over their block."""
    out: list[list[Any]] = []
    prev: list[Any] = [None] * tiers
    for r in rows:
        row = list(r)
        same = True
        for i in range(tiers):
            if same and row[i] == prev[i]:
                row[i] = None
            else:
                same = False
                prev[i] = r[i]
        out.append(row)
    return out


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               merged: bool = True, tiers: int = 2, label: str | None = None) -> int:  # fmt: skip
    """An indicator table: an optional label row, the header row, then the rows; the tier
    columns merged down over their blocks unless ``merged`` is False."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    if merged:
        return s.table(blocks(rows, tiers), merged=tuple(range(1, tiers + 1)))
    return s.table(rows)


def signature(s: Sheet, *notes: str, filled: tuple[int, int, int] = (YEAR - 1, 11, 18)) -> None:
    """Footnotes, then the signature and date lines under a table."""
    s.skip()
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", None)
    s.row("联系电话：（略）", None, None, "填报日期", day(*filled, fmt='yyyy"年"m"月"d"日"'))
