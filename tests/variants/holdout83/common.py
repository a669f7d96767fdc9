"""Helpers shared by the returns of the 83rd held-out corpus: the invented county 蔚川县, its
small offices, amounts in 万元, footers as offices leave them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

YEAR = 2027
COUNTY = "蔚川县"


def w(x: float) -> C:
    """An amount in 万元 with the unit only in its number format."""
    return money(x, WAN)


def filled_down(rows: Sequence[Sequence[Any]], cols: int = 2) -> list[list[Any]]:
    """Repeat the tier labels of the first ``cols`` columns in every row (filled down)."""
    out: list[list[Any]] = []
    last: list[Any] = [None] * cols
    for r in rows:
        row = list(r)
        for i in range(cols):
            if row[i] is None:
                row[i] = last[i]
            last[i] = row[i]
        out.append(row)
    return out


def footer(s: Sheet, unit: str, who: str, phone: str, date: str = "2026年11月") -> None:
    """The signature lines offices leave under the table."""
    s.skip(1)
    s.row(f"填报单位（盖章）：{unit}", None, None, f"单位负责人：{who[0]}", None, None,
          merge=[(1, 3)])  # fmt: skip
    s.row(f"填报人：{who[1]}", None, f"联系电话：{phone}", None, f"填报日期：{date}", None)
