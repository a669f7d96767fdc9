"""Pieces shared by the returns of the 38th held-out set: the indicator header rows and the
lines offices add under a table (notes, signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

TIERS = ("一级指标", "二级指标", "三级指标")


def header(s: Sheet, *rest: str, col: int = 1) -> int:
    """One header row: the three tier columns, then ``rest``."""
    return s.row(*TIERS, *rest, col=col)


def signature(s: Sheet, who: str, checker: str, phone: str, filled: Any, col: int = 1) -> int:
    """The signature line under a table: 填表人, 审核人, 联系电话 and the fill date."""
    return s.row(f"填表人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期：",
                 filled, col=col)  # fmt: skip


def notes(s: Sheet, lines: Sequence[str], width: int, col: int = 1) -> None:
    """Footnote lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(col, col + width - 1)], col=col)
