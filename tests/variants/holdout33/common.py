"""Pieces shared by the 33rd held-out set: indicator tables and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               col: int = 1) -> int:  # fmt: skip
    """A header row, then the rows with tier-1 and tier-2 merged down their blocks."""
    s.row(*head, col=col)
    return s.table(rows, merged=(1, 2), col=col)


def signature(s: Sheet, phone: str, col: int = 1) -> None:
    s.skip()
    s.row("填表人：", None, "审核人：", None, "联系电话：", phone, col=col)
