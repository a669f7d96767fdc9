"""Pieces shared by the returns of the 30th held-out set: an indicator table under its header
row, signature lines, and a short project head for tables that do not start in column A."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], *, col: int = 1,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down their blocks."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def sign(s: Sheet, year: int, who: str, checker: str, phone: str, col: int = 1) -> None:
    """The signature and date lines offices put under a table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", day(year - 1, 10, 28, CN_DATE), None, "单位（盖章）", col=col)
