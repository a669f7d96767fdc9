"""Small helpers shared by the returns of the 140th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def footer(s: Sheet, who: str, phone: str, date: str, stamp: str = "单位（盖章）") -> None:
    """The lines offices leave under the table: a blank row, who filled it in, a stamp."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row(stamp, None, None, "审核人：", None)


def header(s: Sheet, *cells: Any) -> int:
    return s.row(*cells)


def rows(s: Sheet, body: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    return s.table(body, merged=merged)
