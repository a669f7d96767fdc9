"""Pieces the returns of the 44th held-out set share: the indicator table under its header, the
note and signature lines offices put under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               col: int = 1, merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down their blocks."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def signatures(s: Sheet, *, filled: Any, who: str, checker: str, phone: str, col: int = 1) -> None:
    """The signature and date line under a table, as staff type it."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)


def filled(y: int, m: int, d: int) -> Any:
    return day(y, m, d, CN_DATE)
