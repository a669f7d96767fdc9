"""Shared helpers of the 166th held-out set: tier blocks written as offices write them (tier
labels only at the top of their block, merged down), head blocks, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

__all__ = ["Book", "block_rows", "department_head", "project_head", "sign", "table", "wan"]


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def block_rows(blocks: Sequence[tuple[str, str, Sequence[Sequence[Any]]]]) -> list[list[Any]]:
    """Rows of a tiered table: ``blocks`` are (tier-1, tier-2, indicator rows); the tier-1 label
    is written only where it changes, the tier-2 label only at the top of its block."""
    rows: list[list[Any]] = []
    last = None
    for tier1, tier2, items in blocks:
        for i, item in enumerate(items):
            t1 = tier1 if (tier1 != last and i == 0) else None
            t2 = tier2 if i == 0 else None
            rows.append([t1, t2, *item])
        last = tier1
    return rows


def table(
    s: Sheet,
    header: Sequence[Any],
    blocks: Sequence[tuple[str, str, Sequence[Sequence[Any]]]],
    label: str | None = "绩效指标",
) -> int:
    """A caption row (optional), the header row and the tiered rows, tier cells merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(block_rows(blocks), merged=(1, 2))


def sign(s: Sheet, who: str, phone: str) -> None:
    """Footnotes and the signature line under a table."""
    s.skip()
    s.row("注：1.指标值应当细化、量化；2.金额单位为万元。", merge=[(1, 6)])
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：", None)
