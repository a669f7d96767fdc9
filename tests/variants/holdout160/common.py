"""Helpers shared by the returns of the 160th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row of the indicator table, then its rows (tier cells merged down)."""
    s.row(*header)
    return s.table(rows, merged=merged)


def signature(s: Sheet, year: int, person: str, phone: str, month: int = 11, d: int = 18) -> None:
    """A blank line, then the filler's name, telephone and the fill date (the year before)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          day(year - 1, month, d, CN_DATE))  # fmt: skip


def footnotes(s: Sheet, *lines: str) -> None:
    for line in lines:
        s.row(line, merge=[(1, 6)])
