"""Pieces shared by the returns of the nineteenth held-out set: the money head of a project
funded from several sources (政府专项债券, 上级补助, 本级配套, 自筹) and the lines staff write
under a table (注, 填表人, 审核人, 联系电话, 填报日期)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def sources(total: tuple[Any, Any], annual: tuple[Any, Any],
            parts: Sequence[tuple[str, Any, Any]]) -> list[tuple[Any, ...]]:  # fmt: skip
    """Money rows for ``heads.project_head``: the two totals (label, value) side by side, then
    one row per source with the medium-term and the annual amount."""
    rows: list[tuple[Any, ...]] = [(total[0], total[1], annual[0], annual[1])]
    for i, (label, whole, year) in enumerate(parts):
        name = f"其中：{label}" if i == 0 else label
        rows.append((name, whole, name, year))
    return rows


def footer(s: Sheet, *, who: str, checker: str, phone: str, filled: Any, col: int = 1,
           notes: Sequence[str] = ()) -> None:  # fmt: skip
    """Notes and the signature lines below a table, as offices write them."""
    s.skip()
    for n in notes:
        s.row(n, col=col)
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)
