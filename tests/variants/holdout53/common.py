"""Small helpers shared by the returns of the 53rd held-out corpus: money cells, footers and
indicator tables with merged or filled-down tiers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carrying its unit only in the number format."""
    return money(value, YUAN)


def plain(value: float) -> C:
    """An amount typed as a plain number (the unit is in the block label)."""
    return money(value, "0.00")


def footer(s: Sheet, who: str, phone: str, boss: str, when: str) -> None:
    """The lines an office leaves under its table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"单位负责人：{boss}")
    s.row(f"填报日期：{when}", None, None, None, "（单位盖章）")


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    *,
    merged: Sequence[int] = (1, 2),
    heading: str | None = "绩效指标",
) -> int:
    """An indicator table: an optional heading row, the header and the rows (tiers merged down
    in the ``merged`` columns, a None continuing the block)."""  # fmt: skip
    if heading:
        s.row(heading, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)
