"""Indicator-table helpers of the 102nd held-out corpus (everything invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"


def tiers(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row, then indicator rows with tiers merged down (None continues a block)."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def filled(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """The same rows with the tier cells filled down (as some exports write them)."""
    out: list[list[Any]] = []
    last: list[Any] = [None, None]
    for r in rows:
        r = list(r)
        for i in (0, 1):
            if r[i] is None:
                r[i] = last[i]
            last[i] = r[i]
        out.append(r)
    return out
