"""Pieces the returns of the 66th held-out set share: indicator headers, footers and signature
lines as offices leave them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD6,
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """A header row (after an optional label line) and the indicator rows, tiers merged down."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, y: int, m: int, d: int) -> None:
    """Signature lines below the table, as offices leave them."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：")
    s.row("单位（盖章）", None, None, None, "填报日期：", day(y, m, d, CN_DATE))
